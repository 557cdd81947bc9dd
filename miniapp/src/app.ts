import type { PropsWithChildren } from 'react';
// Wires the stored session into the API client before any page sends a request.
import './lib/auth';
// 长辈版: read the stored choice (or the system font) before the first page renders.
import './lib/elder-mode';
import { setUpShell } from './lib/h5-shell';
import './app.scss';

setUpShell();

function App({ children }: PropsWithChildren) {
  return children;
}

export default App;
