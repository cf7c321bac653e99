// Checks run-time values against the types declared in js/shuzi.d.ts, read
// with the TypeScript checker: every key of an object is declared, every
// required key is present, every value has its declared type (string
// literal unions included), recursively. Records which declared properties
// were seen, so tests can also check the other way (nothing declared that
// never occurs).
import { createRequire } from "node:module";
import path from "node:path";
import { repo } from "./helpers.mjs";

const require = createRequire(import.meta.url);

/** The TypeScript module, or null when it is not installed. */
export const ts = (() => {
  try {
    return require(path.join(repo, "wasm/node_modules/typescript"));
  } catch {
    return null;
  }
})();

export class Declarations {
  constructor(file = path.join(repo, "wasm/js/shuzi.d.ts")) {
    this.program = ts.createProgram([file], { strict: true, noEmit: true });
    this.checker = this.program.getTypeChecker();
    this.source = this.program.getSourceFile(file);
    /** "DeclaringInterface.prop" → times seen. */
    this.seen = new Map();
  }

  /** The declared type named `name` (an interface or a type alias). */
  type(name) {
    const decl = this.source.statements.find(
      (s) => (ts.isInterfaceDeclaration(s) || ts.isTypeAliasDeclaration(s)) && s.name.text === name,
    );
    if (!decl) throw new Error(`no declaration ${name}`);
    return this.checker.getTypeAtLocation(decl.name);
  }

  /** Every "Interface.prop" reachable from the type named `name`. */
  declaredProps(name) {
    const out = new Set();
    const visit = (type, stack) => {
      if (stack.has(type)) return;
      stack.add(type);
      if (type.isUnion()) type.types.forEach((t) => visit(t, stack));
      else if (this.checker.isArrayType(type)) visit(this.checker.getTypeArguments(type)[0], stack);
      else if (type.flags & ts.TypeFlags.Object) {
        for (const p of this.checker.getPropertiesOfType(type)) {
          out.add(this.propId(p, type));
          visit(this.checker.getNonNullableType(this.propType(p)), stack);
        }
      }
    };
    visit(this.type(name), new Set());
    return out;
  }

  /** "Interface.prop" of the interface that declares the property (NumericBase.high). */
  propId(symbol, type) {
    const owner = symbol.declarations?.[0]?.parent?.name?.text ?? this.label(type);
    return `${owner}.${symbol.name}`;
  }

  label(type) {
    return this.checker.typeToString(type);
  }

  propType(symbol) {
    return this.checker.getTypeOfSymbolAtLocation(symbol, this.source);
  }

  /** Problems of `value` against `type` ([] when it conforms); records coverage when `record`. */
  check(value, type, where = "value", record = true) {
    const c = this.checker;
    const F = ts.TypeFlags;
    if (type.isUnion()) {
      for (const member of type.types) {
        if (this.check(value, member, where, false).length === 0) {
          return record ? this.check(value, member, where, true) : [];
        }
      }
      return [`${where}: ${JSON.stringify(value)?.slice(0, 80)} is none of ${this.label(type)}`];
    }
    if (value === null) return type.flags & F.Null ? [] : [`${where}: null is not ${this.label(type)}`];
    if (value === undefined) return type.flags & F.Undefined ? [] : [`${where}: undefined is not ${this.label(type)}`];
    if (type.isStringLiteral() || type.isNumberLiteral()) {
      return value === type.value ? [] : [`${where}: ${JSON.stringify(value)} is not ${this.label(type)}`];
    }
    if (type.flags & F.BooleanLiteral) {
      const want = c.typeToString(type) === "true";
      return value === want ? [] : [`${where}: ${JSON.stringify(value)} is not ${want}`];
    }
    if (type.flags & F.String) return typeof value === "string" ? [] : [`${where}: ${typeof value} is not string`];
    if (type.flags & F.Number) return typeof value === "number" ? [] : [`${where}: ${typeof value} is not number`];
    if (type.flags & F.Boolean) return typeof value === "boolean" ? [] : [`${where}: ${typeof value} is not boolean`];
    if (c.isArrayType(type)) {
      if (!Array.isArray(value)) return [`${where}: not an array`];
      const elem = c.getTypeArguments(type)[0];
      return value.flatMap((v, i) => this.check(v, elem, `${where}[${i}]`, record));
    }
    if (type.flags & F.Object) {
      if (typeof value !== "object" || Array.isArray(value)) return [`${where}: not an object`];
      const props = new Map(c.getPropertiesOfType(type).map((p) => [p.name, p]));
      const problems = [];
      for (const key of Object.keys(value)) {
        const p = props.get(key);
        if (!p) {
          problems.push(`${where}.${key}: not declared in ${this.label(type)}`);
          continue;
        }
        const optional = (p.flags & ts.SymbolFlags.Optional) !== 0;
        const t = optional ? c.getNonNullableType(this.propType(p)) : this.propType(p);
        if (optional && (value[key] === null || value[key] === undefined)) {
          problems.push(`${where}.${key}: optional keys are absent, never null`);
          continue;
        }
        problems.push(...this.check(value[key], t, `${where}.${key}`, record));
        if (record) {
          const id = this.propId(p, type);
          this.seen.set(id, (this.seen.get(id) ?? 0) + 1);
        }
      }
      for (const [name, p] of props) {
        if (!(p.flags & ts.SymbolFlags.Optional) && !(name in value)) {
          problems.push(`${where}: ${this.label(type)} requires ${name}`);
        }
      }
      return problems;
    }
    return [`${where}: cannot check against ${this.label(type)}`];
  }
}
