// WebKitGTK's MiniBrowser through its WebDriver (Debian: webkit2gtk-driver), on
// a virtual display (xvfb): a minimal launcher that opens each test page over
// classic WebDriver, with the keyboard and mouse commands of
// @web/test-runner-commands (sendKeys, sendMouse) as WebDriver actions;
// setViewport and emulateMedia have no WebDriver form. BROWSERS=webkit, or
// BROWSERS=chromium,firefox,webkit for all three. `browser` is MiniBrowser's
// path (scripts/browsers.mjs; WEBKIT_PATH overrides it).
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { ENGINES } from '../../scripts/browsers.mjs';

export function webkit(browser = ENGINES.webkit.path) {
  const children = [];
  let base;
  let session;
  let ready;
  let active;
  let current;
  const call = async (method, path, body) => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body && JSON.stringify(body),
    });
    const { value } = await response.json();
    if (!response.ok)
      throw new Error(`WebKitWebDriver ${method} ${path}: ${JSON.stringify(value)}`);
    return value;
  };
  const start = async () => {
    const xvfb = spawn(
      'Xvfb',
      ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'],
      { stdio: ['ignore', 'ignore', 'ignore', 'pipe'] },
    );
    children.push(xvfb);
    const display = await new Promise((resolve, reject) => {
      xvfb.stdio[3].once('data', (data) => resolve(String(data).trim()));
      xvfb.once('error', reject);
    });
    const port = await new Promise((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address();
        probe.close(() => resolve(port));
      });
    });
    const driver = spawn('WebKitWebDriver', [`--port=${port}`], {
      env: { ...process.env, DISPLAY: `:${display}` },
      stdio: 'ignore',
    });
    children.push(driver);
    base = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 100; i++) {
      if (
        await fetch(`${base}/status`).then(
          (r) => r.ok,
          () => false,
        )
      )
        break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const created = await call('POST', '/session', {
      capabilities: {
        alwaysMatch: { 'webkitgtk:browserOptions': { binary: browser, args: ['--automation'] } },
      },
    });
    session = created.sessionId;
  };
  /** WebDriver's code points for the key names sendKeys takes ("Tab", "Shift+Tab"). */
  const KEYS = {
    Backspace: '\uE003',
    Tab: '\uE004',
    Enter: '\uE007',
    Shift: '\uE008',
    Control: '\uE009',
    Alt: '\uE00A',
    Escape: '\uE00C',
    Space: ' ',
    PageUp: '\uE00E',
    PageDown: '\uE00F',
    End: '\uE010',
    Home: '\uE011',
    ArrowLeft: '\uE012',
    ArrowUp: '\uE013',
    ArrowRight: '\uE014',
    ArrowDown: '\uE015',
    Delete: '\uE017',
    Meta: '\uE03D',
  };
  const act = (type, actions) =>
    call('POST', `/session/${session}/actions`, {
      actions: [
        {
          type,
          id: type,
          ...(type === 'pointer' && { parameters: { pointerType: 'mouse' } }),
          actions,
        },
      ],
    });
  const BUTTONS = { left: 0, middle: 1, right: 2 };
  return {
    name: 'WebKit',
    type: 'webdriver',
    concurrency: 1,
    sendKeys(id, keys) {
      const actions = keys.flatMap((key) => {
        const codes = (key.length > 1 ? key.split('+') : [key]).map((part) => KEYS[part] ?? part);
        return [
          ...codes.map((value) => ({ type: 'keyDown', value })),
          ...codes.reverse().map((value) => ({ type: 'keyUp', value })),
        ];
      });
      return act('key', actions);
    },
    sendMouseMove: (id, x, y) =>
      act('pointer', [{ type: 'pointerMove', x, y, origin: 'viewport' }]),
    sendMouseClick: (id, x, y, button = 'left') =>
      act('pointer', [
        { type: 'pointerMove', x, y, origin: 'viewport' },
        { type: 'pointerDown', button: BUTTONS[button] },
        { type: 'pointerUp', button: BUTTONS[button] },
      ]),
    sendMouseDown: (id, button = 'left') =>
      act('pointer', [{ type: 'pointerDown', button: BUTTONS[button] }]),
    sendMouseUp: (id, button = 'left') =>
      act('pointer', [{ type: 'pointerUp', button: BUTTONS[button] }]),
    resetMouse: () => call('DELETE', `/session/${session}/actions`),
    async startSession(id, url) {
      await (ready ??= start());
      active = id;
      current = url;
      await call('POST', `/session/${session}/url`, { url });
    },
    isActive: (id) => active === id,
    getBrowserUrl: () => current,
    async stopSession() {
      active = undefined;
      await call('POST', `/session/${session}/url`, { url: 'about:blank' }).catch(() => {});
      return {};
    },
    async startDebugSession() {
      throw new Error('no debug sessions in WebKitGTK');
    },
    async stop() {
      if (session) await call('DELETE', `/session/${session}`).catch(() => {});
      for (const child of children.reverse()) child.kill();
    },
  };
}
