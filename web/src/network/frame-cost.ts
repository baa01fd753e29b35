/**
 * Work sigma does on every frame that changes nothing on screen, taken out, and less of
 * what is left while the camera moves. It matters most without a GPU (chromium draws WebGL
 * with SwiftShader then, as on this project's machines), where the JavaScript is a few ms
 * a frame and the rest is software rasterising and compositing:
 * - each canvas touched in a frame is handed to the compositor again, and each hand-over
 *   of a WebGL canvas costs tens of milliseconds however little was drawn in it; sigma
 *   clears all six canvases on every render, even those that stay blank while the camera
 *   moves (ties and labels are hidden then; nothing is hovered). Blank canvases are not
 *   cleared again;
 * - a canvas on the page costs even when blank: software compositing blends every layer
 *   again each frame (six blank full-size canvases over the one that moves cut the frame
 *   rate three- to fourfold). A blank canvas is taken out of the picture (visibility:
 *   hidden) until something is drawn on it; the mouse layer, which catches events and is
 *   never drawn on, is made transparent;
 * - the picking buffer gets a new texture every render (now cleared instead), and is drawn
 *   and read mid-gesture though nobody points at anything then (now it is not);
 * - mid-gesture the nodes are drawn at half resolution.
 *
 * These reach into sigma 3's internals (its contexts, programs, picking textures, resize);
 * each patch checks that what it replaces is there and leaves sigma alone otherwise. The
 * browser test test/e2e/network-scale.test.ts checks the picture after a gesture.
 */
interface SigmaInternals {
  webGLContexts?: Record<string, WebGLRenderingContext | WebGL2RenderingContext>;
  canvasContexts?: Record<string, CanvasRenderingContext2D>;
  frameBuffers?: Record<string, WebGLFramebuffer | null>;
  textures?: Record<string, WebGLTexture>;
  resetWebGLTexture?: (id: string) => unknown;
  getNodeAtPosition?: (position: unknown) => string | null;
  getMouseCaptor?: () => unknown;
  getCamera?: () => unknown;
  getSetting?: (key: string) => unknown;
  on?: (event: string, listener: () => void) => unknown;
  nodePrograms?: Record<string, { pickProgram: unknown }>;
  render?: () => unknown;
  resize?: (force?: boolean) => unknown;
  pixelRatio?: number;
  hoveredNode?: string | null;
  width?: number;
  height?: number;
}

/**
 * Shows a canvas only while something is drawn on it. Sigma clears and redraws a canvas
 * within one synchronous render, so the visibility is settled once that is over (a
 * microtask), and written only when it changes.
 */
function blankTracker(canvas: HTMLCanvasElement): (blank: boolean) => void {
  let shown = true;
  let want = true;
  let queued = false;
  const settle = () => {
    queued = false;
    if (want === shown) return;
    shown = want;
    canvas.style.visibility = shown ? '' : 'hidden';
  };
  return (blank) => {
    want = !blank;
    if (!queued) { queued = true; queueMicrotask(settle); }
  };
}

/**
 * A canvas left blank by the last clear is not cleared again: clearing it would only hand
 * the same blank picture to the compositor once more. Drawing to the screen (not to a
 * picking framebuffer) marks it as needing the next clear.
 */
function skipBlankClearsGL(gl: WebGLRenderingContext | WebGL2RenderingContext): void {
  const canvas = gl.canvas as HTMLCanvasElement;
  const track = blankTracker(canvas);
  let isBlank = false;
  const blank = (b: boolean) => { if (b !== isBlank) { isBlank = b; track(b); } };
  let onScreen = true;
  const bind = gl.bindFramebuffer.bind(gl);
  const clear = gl.clear.bind(gl);
  gl.bindFramebuffer = (target, framebuffer) => {
    onScreen = framebuffer === null;
    bind(target, framebuffer);
  };
  gl.clear = (mask) => {
    if (onScreen && isBlank) return;
    clear(mask);
    if (onScreen) blank(true);
  };
  const drawArrays = gl.drawArrays.bind(gl);
  gl.drawArrays = (mode, first, count) => {
    if (onScreen) blank(false);
    drawArrays(mode, first, count);
  };
  if ('drawArraysInstanced' in gl) {
    const instanced = gl.drawArraysInstanced.bind(gl);
    gl.drawArraysInstanced = (mode, first, count, instances) => {
      if (onScreen) blank(false);
      instanced(mode, first, count, instances);
    };
  }
  const drawElements = gl.drawElements.bind(gl);
  gl.drawElements = (mode, count, type, offset) => {
    if (onScreen) blank(false);
    drawElements(mode, count, type, offset);
  };
  // A resized canvas is blank already; knowing less only costs one clear more.
  new MutationObserver(() => { isBlank = false; }).observe(canvas, { attributes: true, attributeFilter: ['width', 'height'] });
}

const DRAWING_2D = ['fill', 'stroke', 'fillRect', 'strokeRect', 'fillText', 'strokeText', 'drawImage', 'putImageData'] as const;

/** The same for a 2D canvas (labels, hover halos, edge labels). */
function skipBlankClears2D(ctx: CanvasRenderingContext2D): void {
  const track = blankTracker(ctx.canvas);
  let isBlank = false;
  const blank = (b: boolean) => { if (b !== isBlank) { isBlank = b; track(b); } };
  const clearRect = ctx.clearRect.bind(ctx);
  ctx.clearRect = (x, y, w, h) => {
    if (isBlank) return;
    clearRect(x, y, w, h);
    // Only a whole-canvas clear leaves it blank (sigma clears whole canvases, in CSS pixels).
    if (x <= 0 && y <= 0 && w >= ctx.canvas.width / devicePixelRatio && h >= ctx.canvas.height / devicePixelRatio) blank(true);
  };
  const target = ctx as unknown as Record<string, (...args: unknown[]) => unknown>;
  for (const name of DRAWING_2D) {
    const original = target[name]!.bind(ctx);
    target[name] = (...args: unknown[]) => {
      blank(false);
      return original(...args);
    };
  }
  new MutationObserver(() => { isBlank = false; }).observe(ctx.canvas, { attributes: true, attributeFilter: ['width', 'height'] });
}

/**
 * Sigma makes a new picking texture (as big as the canvas) on every render, which is how it
 * empties the picking buffer; clearing the one it has does the same, and allocates nothing.
 */
function reusePickingTextures(internals: SigmaInternals, frame: Frame): void {
  const reset = internals.resetWebGLTexture;
  const { webGLContexts, frameBuffers, textures } = internals;
  if (typeof reset !== 'function' || !webGLContexts || !frameBuffers || !textures) return;
  const sizes = new Map<string, string>();
  internals.resetWebGLTexture = function (this: SigmaInternals, id: string) {
    const size = `${internals.width}x${internals.height}`;
    const gl = webGLContexts[id];
    const framebuffer = frameBuffers[id];
    // Not drawn this frame (see noPickingWhileMoving): not cleared either.
    if (frame.skipPicking) return internals;
    if (!gl || !framebuffer || !textures[id] || sizes.get(id) !== size) {
      sizes.set(id, size);
      return reset.call(internals, id);
    }
    gl.bindFramebuffer(gl.FRAMEBUFFER, framebuffer);
    gl.clear(gl.COLOR_BUFFER_BIT);
    return internals;
  };
}

/**
 * Sigma draws the nodes twice a frame: on screen, and into a picking buffer (one colour per
 * node) from which a pixel read tells which node is under the pointer. Mid-gesture nobody
 * points at a node, and each read waits for the GPU to finish the frames still being drawn.
 * So while the camera moves, and sigma hides the ties (it then draws the full picture, this
 * buffer included, once the camera stops), the buffer is neither drawn nor read: the node
 * under the pointer stays the one hovered when the gesture began.
 */
function noPickingWhileMoving(internals: SigmaInternals, frame: Frame): void {
  const pick = internals.getNodeAtPosition;
  const captor = internals.getMouseCaptor?.() as { isMoving?: boolean; draggedEvents?: number; currentWheelDirection?: number } | undefined;
  const camera = internals.getCamera?.() as { isAnimated?: () => boolean } | undefined;
  if (typeof pick !== 'function' || typeof internals.on !== 'function' || !internals.nodePrograms || !captor || typeof camera?.isAnimated !== 'function') return;
  // The same test as sigma's render makes to hide the ties.
  const moving = () => Boolean(camera.isAnimated!() || captor.isMoving || captor.draggedEvents || captor.currentWheelDirection);
  let stale = false;
  const stashed = new Map<{ pickProgram: unknown }, unknown>();
  internals.on('beforeRender', () => {
    frame.skipPicking = internals.getSetting?.('hideEdgesOnMove') === true && moving();
    if (!frame.skipPicking) return;
    stale = true;
    for (const program of Object.values(internals.nodePrograms!)) {
      stashed.set(program, program.pickProgram);
      program.pickProgram = null;
    }
  });
  internals.on('afterRender', () => {
    if (!frame.skipPicking) stale = false;
    for (const [program, pickProgram] of stashed) program.pickProgram = pickProgram;
    stashed.clear();
    frame.skipPicking = false;
  });
  internals.getNodeAtPosition = function (this: SigmaInternals, position: unknown) {
    if ((captor.draggedEvents ?? 0) > 0 || moving()) return internals.hoveredNode ?? null;
    // Still; sigma redraws once the camera stops, but a click must not wait for that frame.
    if (stale) internals.render?.();
    return pick.call(internals, position);
  };
}

/**
 * While the camera moves (and picking is off, above), the nodes are drawn at half the
 * resolution and stretched: a quarter of the pixels to clear, draw and hand over, which
 * without a GPU nearly doubles the frame rate. Nodes are a little soft mid-gesture; the
 * frame after it is drawn at full resolution. Labels (2D canvases) are hidden meanwhile.
 */
function lowResolutionWhileMoving(internals: SigmaInternals, frame: Frame): void {
  const resize = internals.resize;
  // Only the nodes are drawn mid-gesture (ties and hovered nodes wait for the camera to stop),
  // so only their canvas changes size, twice a gesture.
  const gl = internals.webGLContexts?.nodes;
  if (typeof resize !== 'function' || !gl) return;
  // The ratio the canvas is sized for; sigma's resize sizes it for devicePixelRatio.
  let sized = 0;
  internals.resize = function (this: SigmaInternals, force?: boolean) {
    const [width, height] = [internals.width, internals.height];
    resize.call(internals, force);
    const full = internals.pixelRatio!;
    if (force || width !== internals.width || height !== internals.height) sized = full;
    const want = frame.skipPicking ? full / 2 : full;
    if (want !== sized) {
      sized = want;
      const canvas = gl.canvas as HTMLCanvasElement;
      canvas.setAttribute('width', `${internals.width! * want}px`);
      canvas.setAttribute('height', `${internals.height! * want}px`);
      gl.viewport(0, 0, internals.width! * want, internals.height! * want);
    }
    internals.pixelRatio = want;
    return internals;
  };
}

/** What the patches share about the render under way. */
interface Frame { skipPicking: boolean }

/** Applies the patches to a sigma instance, right after it is made. */
export function trimFrameCost(sigma: object): void {
  const internals = sigma as unknown as SigmaInternals;
  const frame: Frame = { skipPicking: false };
  // Before the clear patches: the picking clear goes to a framebuffer, never skipped.
  reusePickingTextures(internals, frame);
  noPickingWhileMoving(internals, frame);
  lowResolutionWhileMoving(internals, frame);
  for (const gl of Object.values(internals.webGLContexts ?? {})) skipBlankClearsGL(gl);
  for (const [id, ctx] of Object.entries(internals.canvasContexts ?? {})) {
    // The mouse layer is sigma's event target: it must stay in the page, but needn't be seen.
    if (id === 'mouse') ctx.canvas.style.opacity = '0';
    else skipBlankClears2D(ctx);
  }
}
