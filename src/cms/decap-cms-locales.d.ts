/** decap-cms-locales ships no types: each locale module exports a nested object of UI strings. */
declare module 'decap-cms-locales/dist/esm/*' {
  type Phrases = { [key: string]: string | Phrases };
  const phrases: Phrases;
  export default phrases;
}
