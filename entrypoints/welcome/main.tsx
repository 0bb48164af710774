import { render } from 'preact';
import { App } from './App';
import '../corpus/style.css';
import '../options/style.css';

render(<App />, document.getElementById('app')!);
