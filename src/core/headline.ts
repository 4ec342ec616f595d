/**
 * Whether a source headline is a placeholder, not the outlet's words: the newsroom writes
 * "[headline not kept in our copy] …" when its copy lost the title. Such text is never printed inside
 * headline quotation marks; the page says the headline was not recorded, and the build warns.
 *
 * @example isPlaceholderHeadline('[headline not kept in our copy] VNA dispatch…') === true
 */
export const isPlaceholderHeadline = (headline: string): boolean => /^\s*\[[^\]]*\]/.test(headline);
