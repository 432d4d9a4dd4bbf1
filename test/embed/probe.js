// Loaded first on every embedding test page (a classic script from 'self', so
// that it runs under the strict CSP too): records errors, warnings and CSP
// violations for the test in the parent frame to read.
(() => {
  const probe = (window.__probe = { errors: [], warnings: [], violations: [] });
  const text = (args) =>
    args.map((arg) => (arg instanceof Error ? arg.message : String(arg))).join(' ');
  addEventListener('error', (event) => probe.errors.push(`uncaught: ${event.message}`));
  addEventListener('unhandledrejection', (event) =>
    probe.errors.push(`unhandled rejection: ${event.reason}`),
  );
  document.addEventListener('securitypolicyviolation', (event) =>
    probe.violations.push(
      `${event.effectiveDirective} ${event.sourceFile}:${event.lineNumber} ${event.sample}`,
    ),
  );
  const { error, warn } = console;
  console.error = (...args) => {
    probe.errors.push(text(args));
    error.apply(console, args);
  };
  console.warn = (...args) => {
    probe.warnings.push(text(args));
    warn.apply(console, args);
  };
})();
