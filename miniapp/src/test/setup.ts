import { afterAll, afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';

afterEach(() => cleanup());

// NutUI's Menu measures itself on a 100 ms timer it never clears on unmount. Under a loaded CI
// machine that timer could fire while jsdom was being torn down ("window is not defined", an
// unhandled rejection that fails the run); give such late timers time to land while the DOM exists.
afterAll(() => new Promise((resolve) => setTimeout(resolve, 250)));
