// Browser entry point (copied into pkg/ as index.js): `await init()` once,
// then use the functions.
import initWasm, * as raw from "./shuzi_wasm.js";
import { bind } from "./api.js";

export { ShuziError } from "./api.js";

let loaded = false;

/** Loads the WebAssembly module (by default `shuzi_wasm_bg.wasm` beside this file). */
export default async function init(moduleOrPath) {
  if (!loaded) {
    await initWasm(moduleOrPath === undefined ? undefined : { module_or_path: moduleOrPath });
    loaded = true;
  }
}

export const { extract, Extractor, facts, parsePolicy, version } = bind(raw, () => {
  if (!loaded) throw new Error("shuzi: call `await init()` before using the module");
});
