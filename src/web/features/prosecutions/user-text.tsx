import { Text } from '@mantine/core';

/**
 * Free text typed by people, in whatever script: isolated in a `<bdi>` (direction from its own
 * first strong letter) inside a paragraph that keeps the page's direction, so it stays aligned
 * with the page. (`dir="auto"` on the paragraph with `text-align: match-parent` still aligned
 * Latin text to the left of an Arabic page in Chromium.)
 */
export function UserText({ text, size = 'sm' }: { text: string; size?: 'sm' | 'md' }) {
  return (
    <Text size={size} className="pre-line">
      <bdi>{text}</bdi>
    </Text>
  );
}
