// The demo's language switch: it changes <html lang>, which the widgets follow.
const select = document.getElementById('lang');
const params = new URLSearchParams(location.search);
const initial = params.get('lang') === 'en' ? 'en' : document.documentElement.lang;
document.documentElement.lang = initial;
select.value = initial;
select.addEventListener('change', () => {
  document.documentElement.lang = select.value;
  params.set('lang', select.value);
  history.replaceState(null, '', `?${params}`);
});
