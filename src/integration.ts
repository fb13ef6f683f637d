/**
 * The integration example page (integration.html): two atlases mounted in one document with `mount()`,
 * beside two iframes. The browser tests check that the four keep independent state.
 */
import 'virtual:atlas-theme/example.css';
import './integration.css';
import { mount } from './main';

const one = document.getElementById('mount-1');
const two = document.getElementById('mount-2');
if (one) mount(one, { search: '?embed=atlas&territoire=nord-loiret&rendu=svg', atlasUrl: './index.html' });
if (two) mount(two, { search: '?embed=atlas&theme=dark&publics=jeunes&rendu=svg', atlasUrl: './index.html' });
