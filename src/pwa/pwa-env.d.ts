// Types of `virtual:pwa-register`, provided by vite-plugin-pwa at build time.
/// <reference types="vite-plugin-pwa/vanillajs" />
