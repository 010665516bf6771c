import './theme/theme.css';

export * from './lib/actions';
export * from './lib/data-table';
export * from './lib/feedback';
export * from './lib/form-fields';
export * from './lib/layout';
export * from './lib/search-picker';
export { Heading, Link, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react/css-module';
