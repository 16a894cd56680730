// Blocking, in <head>: the stored theme is on <html> before the first paint. Same key and values
// as src/ui/theme/theme-preference.ts; without a choice, media queries follow the device.
/* global document */
try {
  var theme = localStorage.getItem('explorer:theme');
  if (theme === 'light' || theme === 'dark' || theme === 'contrast')
    document.documentElement.setAttribute('data-theme', theme);
} catch {
  // Storage is off: the device decides.
}
