/**
 * Benchmark reference: a bare Phaser 4 scene with a text line and two text buttons. When the
 * buttons exist it adds a hidden DOM marker, so the harness can time "first choice ready" the
 * same way for every page.
 */
import Phaser from 'phaser';

class Bare extends Phaser.Scene {
  create(): void {
    this.add.text(40, 40, 'Welcome to Shanghai.', { fontSize: '28px', color: '#ffffff' });
    ['1. Thank him for the welcome', '2. Get straight to the agenda'].forEach((label, i) => {
      this.add
        .text(40, 120 + i * 60, label, { fontSize: '24px', color: '#fca311' })
        .setInteractive()
        .on('pointerdown', () => undefined);
    });
    const marker = document.createElement('div');
    marker.className = 'choices';
    marker.innerHTML = '<button hidden>1</button>';
    document.body.append(marker);
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  parent: 'game',
  width: 800,
  height: 450,
  backgroundColor: '#14213d',
  scene: Bare,
  banner: false,
});
