import { mount } from 'svelte';
import { initLocale } from './i18n';
import App from './views/App.svelte';
import './views/global.css';

initLocale();

mount(App, { target: document.getElementById('app')! });
