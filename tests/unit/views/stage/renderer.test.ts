import { describe, expect, it } from 'vitest';
import { isSoftwareRenderer } from '../../../../src/views/stage/renderer.ts';
import { placesAfter } from '../../../../src/views/stage/places/index.ts';

describe('the renderer the stage asks for', () => {
  it('takes WebGL in software for what it is (the stage then draws on a 2D canvas)', () => {
    for (const soft of [
      'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
      'Google SwiftShader',
      'llvmpipe (LLVM 15.0.7, 256 bits)',
      'Mesa OffScreen',
      'ANGLE (Microsoft, Microsoft Basic Render Driver Direct3D11 vs_5_0 ps_5_0)',
      'Software Rasterizer',
    ])
      expect(isSoftwareRenderer(soft), soft).toBe(true);
  });

  it('keeps WebGL on a GPU', () => {
    for (const gpu of [
      'ANGLE (Intel, Intel(R) UHD Graphics 620 Direct3D11 vs_5_0 ps_5_0, D3D11)',
      'ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0, D3D11)',
      'Apple M1',
      'Mali-G78',
      'AMD Radeon Pro 5500M OpenGL Engine',
    ])
      expect(isSoftwareRenderer(gpu), gpu).toBe(false);
  });
});

describe('the places fetched ahead', () => {
  it('are the next two the story names after the one on stage', () => {
    const order = ['restaurant', 'meeting-room', 'office', 'sightseeing'];
    expect(placesAfter(order, null)).toEqual(['restaurant', 'meeting-room']);
    expect(placesAfter(order, 'restaurant')).toEqual(['meeting-room', 'office']);
    expect(placesAfter(order, 'office')).toEqual(['sightseeing']);
    expect(placesAfter(order, 'sightseeing')).toEqual([]);
    // A place the list does not know (a neutral room): the story's first places.
    expect(placesAfter(order, 'submarine', 1)).toEqual(['restaurant']);
  });
});
