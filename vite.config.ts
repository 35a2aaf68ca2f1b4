import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Relative asset paths: the built site works from any sub-folder of any static host.
  base: './',
  plugins: [svelte(), svelteTesting()],
  worker: { format: 'es' },
  test: {
    include: ['test/{unit,model,property,component}/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['test/setup.ts'],
  },
});
