// The demo's switches, kept in the address so that a view can be shared:
// - lang: the page's <html lang>, which the widgets follow;
// - scheme: the page's color-scheme (auto follows the system), which the widgets follow too;
// - brand: an example insurer theme, a stylesheet of public tokens and parts only.
const root = document.documentElement;
const params = new URLSearchParams(location.search);
const brandTheme = document.getElementById('brand-theme');

const apply = {
  lang: (value) => (root.lang = value),
  scheme: (value) => (root.dataset.scheme = value),
  brand: (value) =>
    value
      ? brandTheme.setAttribute('href', `/demo/themes/${value}.css`)
      : brandTheme.removeAttribute('href'),
};

for (const [name, set] of Object.entries(apply)) {
  const select = document.getElementById(name);
  if (!select) continue;
  const allowed = [...select.options].map((option) => option.value);
  const initial = params.get(name) ?? (name === 'lang' ? root.lang : select.value);
  select.value = allowed.includes(initial) ? initial : allowed[0];
  set(select.value);
  select.addEventListener('change', () => {
    set(select.value);
    params.set(name, select.value);
    history.replaceState(null, '', `?${params}`);
  });
}
