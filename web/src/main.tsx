import './styles.css';

import { Provider } from '@urql/preact';
import { render } from 'preact';

import { App } from './app.js';
import { client } from './client.js';

render(
  <Provider value={client}>
    <App />
  </Provider>,
  document.getElementById('app')!,
);
