// A web-test-runner command for the "near me" tests: grants or refuses the
// page's geolocation permission and sets the position the browser reports,
// through puppeteer (Chromium). From a test:
//   executeServerCommand('geolocation', { grant: true, latitude, longitude })
//   executeServerCommand('geolocation', { grant: false })   // refused
//   executeServerCommand('geolocation', { reset: true })    // back to the default
export function geolocationPlugin() {
  return {
    name: 'geolocation-command',
    async executeCommand({ command, payload = {}, session }) {
      if (command !== 'geolocation') return undefined;
      if (session.browser.type !== 'puppeteer')
        throw new Error(`geolocation: not supported for ${session.browser.type}`);
      const page = session.browser.getPage(session.id);
      const context = page.browserContext();
      if (payload.reset) {
        await context.clearPermissionOverrides();
        return true;
      }
      // An empty list refuses every permission the list does not name.
      await context.overridePermissions(
        new URL(page.url()).origin,
        payload.grant ? ['geolocation'] : [],
      );
      if (payload.grant)
        await page.setGeolocation({
          latitude: payload.latitude,
          longitude: payload.longitude,
          accuracy: 10,
        });
      return true;
    },
  };
}
