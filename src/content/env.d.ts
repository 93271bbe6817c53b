// Vite's `?raw` imports: the file's text as a string (highlights.css for same-origin iframes).
declare module '*?raw' {
  const text: string;
  export default text;
}
