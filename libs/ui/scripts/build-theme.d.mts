/** Types of build-theme.mjs for the specs that import it. */
export declare const TOKENS_PATH: string;
export declare const THEME_CSS_PATH: string;
export declare const SELECTOR: string;
/** The theme's CSS for the given token tree (default: tokens.json), built in memory. */
export declare function buildThemeCss(tokens?: unknown): Promise<string>;
