// The server-rendered public page works without Vaadin's client (links, print button), so the
// ~500 KiB of JavaScript load only when the visitor first touches, clicks or presses a key.
(() => {
  const src = document.currentScript.dataset.vaadinSrc;
  const triggers = ["pointerdown", "touchstart", "keydown", "wheel"];
  const start = () => {
    triggers.forEach(type => removeEventListener(type, start, true));
    const script = document.createElement("script");
    script.type = "module";
    script.crossOrigin = "anonymous";
    script.src = src;
    document.head.append(script);
  };
  triggers.forEach(type => addEventListener(type, start, {capture: true, passive: true}));
  addEventListener("click", event => {
    if (event.target.closest("#first-paint .print-button")) {
      window.print();
    }
  });
})();
