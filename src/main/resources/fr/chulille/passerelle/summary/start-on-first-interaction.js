// The server-rendered public page works without Vaadin's client (links, print button) and carries only
// its own small stylesheet, so the ~500 KiB of JavaScript and the app's stylesheets (Lumo's 230 KiB)
// load only when the visitor first touches, clicks or presses a key. The stylesheets come first: the
// client starts once they are applied, so its view never shows unstyled (nothing flashes or jumps).
(() => {
  const src = document.currentScript.dataset.vaadinSrc;
  const triggers = ["pointerdown", "touchstart", "keydown", "wheel"];
  const start = () => {
    triggers.forEach(type => removeEventListener(type, start, true));
    const preload = document.createElement("link");
    preload.rel = "modulepreload";
    preload.crossOrigin = "anonymous";
    preload.href = src;
    document.head.append(preload);
    const deferred = document.getElementById("first-paint-stylesheets");
    const links = deferred ? [...deferred.content.querySelectorAll("link")] : [];
    const loaded = links.map(link => new Promise(done => {
      link.addEventListener("load", done, {once: true});
      link.addEventListener("error", done, {once: true});
    }));
    if (deferred) {
      deferred.replaceWith(...links);
    }
    Promise.all(loaded).then(() => {
      const script = document.createElement("script");
      script.type = "module";
      script.crossOrigin = "anonymous";
      script.src = src;
      document.head.append(script);
    });
  };
  triggers.forEach(type => addEventListener(type, start, {capture: true, passive: true}));
  addEventListener("click", event => {
    if (event.target.closest("#first-paint .print-button")) {
      window.print();
    }
  });
})();
