// The design system's component CSS as a stylesheet (not injected <style> elements, so the
// content security policy needs no 'unsafe-inline' for styles), then our theme over it.
import '@utrecht/component-library-css/dist/index.css';
import './theme/theme.css';
import './theme/frame.css';

export * from './lib/actions';
export * from './lib/bar-chart';
export * from './lib/data-table';
export * from './lib/disclosure';
export * from './lib/feedback';
export * from './lib/form-fields';
export * from './lib/layout';
export * from './lib/radio-group';
export * from './lib/search-picker';
export {
  Heading,
  Link,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
