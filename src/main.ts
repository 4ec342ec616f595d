import '@fontsource/be-vietnam-pro/400.css';
import './app/style.css';
import { start } from './app/start';

void start(document);
