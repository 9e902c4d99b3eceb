import { APPLICATION_STAGES, canTransition } from '@nextstep/guidance';
import { describe, expect, it } from 'vitest';
import { boardMoves } from './transitions';

describe('board moves', () => {
  it('offers only moves the server allows, leaving interviews and withdrawal to their own forms', () => {
    for (const from of APPLICATION_STAGES) {
      for (const to of boardMoves(from)) expect(canTransition(from, to)).toBe(true);
      expect(boardMoves(from)).not.toContain('interview_scheduled');
      expect(boardMoves(from)).not.toContain('interviewed');
      expect(boardMoves(from)).not.toContain('withdrawn');
    }
    expect(boardMoves('applied')).toEqual(['screening', 'rejected']);
    expect(boardMoves('interviewed')).toEqual(['offer', 'rejected']);
    expect(boardMoves('offer')).toEqual(['hired', 'rejected']);
    expect(boardMoves('hired')).toEqual([]);
  });
});
