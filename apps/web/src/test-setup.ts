import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { initI18n } from './i18n/i18n';

initI18n('nl');
// Screens load lazily and jsdom is slow on a busy 2-core machine: wait up to 5 s for what a test finds.
configure({ asyncUtilTimeout: 5_000 });
afterEach(() => cleanup());
