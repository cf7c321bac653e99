// Node entry point (copied into pkg-node/ as index.mjs): the module is
// loaded synchronously by the generated CommonJS bindings.
import raw from "./shuzi_wasm.js";
import { bind } from "./api.mjs";

export { ShuziError } from "./api.mjs";
export const { extract, Extractor, facts, parsePolicy, version } = bind(raw);

/** Does nothing: Node has loaded the module already. The browser entry's
 * `init()` loads it there, so code that calls `await init()` runs in both. */
export default async function init() {}
