// Vite's `?inline` CSS imports: the stylesheet, minified, as a string (highlights.css for
// same-origin iframes and the card; card.css for the card).
declare module '*?inline' {
  const text: string;
  export default text;
}
