// The framework tests load Vue's browser build, which compiles templates in
// the page; Vue types only its main entry, whose API this build has.
declare module 'vue/dist/vue.esm-browser.prod.js' {
  export * from 'vue';
}
