/**
 * The address if it is an absolute http(s) URL with a host and no spaces, or a mailto: address;
 * else undefined. Anything else (javascript:, data:, relative paths) is kept as text and never
 * becomes a link.
 */
export function safeLinkUrl(value: string): string | undefined {
  const trimmed = value.trim();
  if (trimmed.length > 2000) return undefined;
  if (/^https?:\/\/[^\s/?#@]+(?:[/?#][^\s]*)?$/i.test(trimmed)) return trimmed;
  return /^mailto:[^\s@:/]+@[^\s@:/]+$/i.test(trimmed) ? trimmed : undefined;
}
