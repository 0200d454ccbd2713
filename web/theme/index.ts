// The one place that picks the NL Design System theme. Everything else in web/ uses the
// theme-neutral NL Design System / Utrecht CSS classes (utrecht-*, nl-*, rhc-*) and CSS
// custom properties, so another theme replaces this one without touching a screen:
//   1. import that theme's design-tokens CSS instead of the Rijkshuisstijl Community tokens,
//   2. set THEME_CLASS to the class that theme scopes its tokens to (e.g. "voorbeeld-theme"),
//   3. keep or swap the component CSS below (it reads only tokens).
// See web/theme/README.md.
import '@rijkshuisstijl-community/design-tokens/dist/index.css';
import '@rijkshuisstijl-community/components-css/dist/index.css';
import './app.css';

/** Class on the root element that scopes the theme's design tokens. */
export const THEME_CLASS = 'rhc-theme';
