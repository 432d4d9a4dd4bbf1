// The demo site: `npm start` builds the library and serves the repository
// root, so that demo pages load dist/oms-widgets.js exactly as a CMS would.
export default {
  rootDir: '.',
  port: Number(process.env.PORT) || 8000,
  hostname: process.env.HOST || '127.0.0.1',
  middleware: [
    // The site's front page is the demo.
    (context, next) => {
      if (context.url === '/' || context.url === '/index.html') return context.redirect('/demo/');
      return next();
    },
  ],
  open: false,
  watch: false,
};
