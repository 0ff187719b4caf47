// The whole picture of one snapshot: goroutines on top, channels below. Pure.

import { layoutGoroutines } from './goroutines.js';
import { layoutChannels } from './hchan.js';

export const SECTION_H = 26;
export const MARGIN = 8;

export function layoutScene(snapshot, width = 720) {
  const inner = width - 2 * MARGIN;
  let y = MARGIN;
  const sections = [];
  sections.push({ key: 'goroutines', title: 'goroutines', x: MARGIN, y });
  y += SECTION_H;
  const goroutines = layoutGoroutines(snapshot, { x: MARGIN, top: y, width: inner });
  y += goroutines.height + 18;
  sections.push({ key: 'channels', title: 'channels (hchan)', x: MARGIN, y });
  y += SECTION_H;
  const channels = layoutChannels(snapshot, { x: MARGIN, top: y, width: inner });
  y += Math.max(channels.height, 24) + MARGIN;
  return { width, height: y, sections, goroutines: goroutines.cards, channels: channels.channels };
}
