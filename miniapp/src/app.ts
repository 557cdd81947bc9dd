import type { PropsWithChildren } from 'react';
// Wires the stored session into the API client before any page sends a request.
import './lib/auth';
import './app.scss';

function App({ children }: PropsWithChildren) {
  return children;
}

export default App;
