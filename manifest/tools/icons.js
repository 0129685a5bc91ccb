// Draws CertBot's two Teams icons (no image tools needed): a certificate seal with a check mark.
//   color.png   192x192, white seal on the accent colour
//   outline.png 32x32, white seal on transparent (Teams' rule for outline icons)
// Usage: node manifest/tools/icons.js   (writes next to manifest.json)
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

function crc32(buf) {
  let c, crc = 0xffffffff;
  for (let n = 0; n < buf.length; n++) {
    c = (crc ^ buf[n]) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4); length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0); header.writeUInt32BE(size, 4);
  header[8] = 8; header[9] = 6; // 8-bit RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

// Coverage of the seal at a point in unit coordinates (0..1): a ring and a check mark.
function inSeal(x, y, stroke) {
  const dx = x - 0.5, dy = y - 0.5, r = Math.hypot(dx, dy);
  if (Math.abs(r - 0.36) < stroke / 2) return true;
  const segment = (ax, ay, bx, by) => {
    const vx = bx - ax, vy = by - ay, t = Math.max(0, Math.min(1, ((x - ax) * vx + (y - ay) * vy) / (vx * vx + vy * vy)));
    return Math.hypot(x - (ax + t * vx), y - (ay + t * vy)) < stroke / 2;
  };
  return segment(0.34, 0.52, 0.46, 0.64) || segment(0.46, 0.64, 0.68, 0.38);
}

function draw(size, background, stroke) {
  const rgba = Buffer.alloc(size * size * 4);
  const samples = 4;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let hits = 0;
      for (let sy = 0; sy < samples; sy++) for (let sx = 0; sx < samples; sx++)
        if (inSeal((x + (sx + 0.5) / samples) / size, (y + (sy + 0.5) / samples) / size, stroke)) hits++;
      const cover = hits / (samples * samples), i = (y * size + x) * 4;
      if (background) {
        for (let k = 0; k < 3; k++) rgba[i + k] = Math.round(background[k] * (1 - cover) + 255 * cover);
        rgba[i + 3] = 255;
      } else {
        rgba[i] = rgba[i + 1] = rgba[i + 2] = 255;
        rgba[i + 3] = Math.round(255 * cover);
      }
    }
  }
  return png(size, rgba);
}

const dir = path.join(__dirname, '..');
fs.writeFileSync(path.join(dir, 'color.png'), draw(192, [0x1f, 0x6f, 0x8b], 0.07));
fs.writeFileSync(path.join(dir, 'outline.png'), draw(32, null, 0.11));
console.log('wrote color.png (192x192) and outline.png (32x32)');
