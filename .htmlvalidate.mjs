import { defineConfig } from 'html-validate';

export default defineConfig({
  extends: ['html-validate:recommended'],
  rules: {
    // Shiki colours code with CSS variables in style attributes (one per token, for light and dark);
    // every other inline style stays an error.
    'no-inline-style': [
      'error',
      { allowedProperties: ['--shiki-light', '--shiki-dark', '--shiki-light-bg', '--shiki-dark-bg', 'overflow-x'] },
    ],
    // The search box is the WAI-ARIA combobox pattern (an input with a listbox of results), which a
    // native <select> cannot provide.
    'prefer-native-element': ['error', { exclude: ['combobox', 'listbox'] }],
    // Page titles carry the words people search for in two languages plus the site name.
    'long-title': ['error', { maxlength: 110 }],
  },
});
