/**
 * The address if it is an absolute http(s) URL with a host and no spaces, else undefined. Anything
 * else (javascript:, data:, relative paths) is kept as text and never becomes a link.
 */
export function safeLinkUrl(value: string): string | undefined {
  const trimmed = value.trim();
  return /^https?:\/\/[^\s/?#@]+(?:[/?#][^\s]*)?$/i.test(trimmed) && trimmed.length <= 2000 ? trimmed : undefined;
}
