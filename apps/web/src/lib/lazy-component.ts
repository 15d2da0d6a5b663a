import { lazy, type ComponentType } from 'react';

/**
 * A named export loaded as a chunk of its own on first render (React.lazy wants a default export).
 * Render it inside a Suspense boundary: AppLayout has one around the signed-in views.
 */
export function lazyComponent<Module extends Record<Name, ComponentType>, Name extends keyof Module>(
  load: () => Promise<Module>,
  name: Name,
) {
  return lazy(async () => ({ default: (await load())[name] }));
}
