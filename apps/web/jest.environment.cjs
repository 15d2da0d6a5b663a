// jsdom lacks the Fetch API classes that React Router's data routers use (Request, Response,
// Headers). This environment lends them from Node, like jest-fixed-jsdom does.
const { TestEnvironment } = require('jest-environment-jsdom');

const FROM_NODE = ['Request', 'Response', 'Headers', 'FormData', 'Blob', 'ReadableStream', 'TextEncoder', 'TextDecoder', 'structuredClone'];

class WebTestEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    for (const name of FROM_NODE) {
      if (globalThis[name] !== undefined) this.global[name] = globalThis[name];
    }
  }
}

module.exports = WebTestEnvironment;
