/**
 * Types for the parts of the `xliff` npm package (no types of its own) that the tests use as an
 * independent reader of our files. Only what the tests read is typed.
 */
declare module 'xliff' {
  /** Plain text, or an array when the text holds inline elements. */
  export type XliffJsText = string | readonly unknown[];

  /** An element as xml-js (the package's parser, on sax) gives it. */
  export interface XmlJsNode {
    readonly type: string;
    readonly name?: string;
    readonly attributes?: Readonly<Record<string, string>>;
    readonly elements?: readonly XmlJsNode[];
    readonly text?: string;
  }

  export interface XliffJsUnit {
    readonly source?: XliffJsText;
    readonly target?: XliffJsText;
    readonly note?: XliffJsText | readonly XliffJsText[];
    readonly groupUnits?: Readonly<Record<string, XliffJsUnit>>;
    readonly additionalAttributes?: Readonly<Record<string, string>>;
    /** Elements it does not know, such as `<gls:glossary>`. */
    readonly additionalElements?: readonly XmlJsNode[];
  }

  export interface XliffJs {
    readonly sourceLanguage: string;
    readonly targetLanguage?: string;
    readonly xliffVersion?: string;
    /** File `original` (1.2) or `id` (2.x) → unit or group id → unit or group. */
    readonly resources: Readonly<Record<string, Readonly<Record<string, XliffJsUnit>>>>;
  }

  export function xliff12ToJs(xml: string): Promise<XliffJs>;
  export function xliff2js(xml: string): Promise<XliffJs>;
}
