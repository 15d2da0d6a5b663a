// The page-wide behaviours of Designsystemet the app uses. Its React components import the root of
// @digdir/designsystemet-web, which loads every feature (tabs, combobox, tooltips, popovers and
// their polyfills, which no view uses); the build (vite.config.ts) and Jest send them here instead.
// A component or attribute that needs another feature needs its subpath here too: see the test.
import '@digdir/designsystemet-web/clickdelegatefor'; // a Card or a checkbox's field clicks its control
import '@digdir/designsystemet-web/details'; // Details (the u-details polyfill)
import '@digdir/designsystemet-web/dialog'; // Dialog: closing on a click outside, show-non-modal
import '@digdir/designsystemet-web/invokers'; // command/commandfor, Dialog's close button, where missing
import '@digdir/designsystemet-web/ds-error-summary'; // <ds-error-summary>: focus, accessible name
import '@digdir/designsystemet-web/ds-field'; // <ds-field>: label, description, validation, counter
import '@digdir/designsystemet-web/fieldset'; // a fieldset's legend and description as its name
