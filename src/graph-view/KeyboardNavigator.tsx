/**
 * Render-nothing controller: keyboard navigation of the picture. While `target` (the
 * focusable picture) has focus, arrow keys move a keyboard focus between linked nodes
 * (keyboardNavigation.ts), Home goes to the start node, Enter or space selects, Escape
 * leaves. Every move is reported (for the hover card and the live region); a node out of
 * view is centred. Listeners are bound once per target and cy, and unbound on cleanup.
 */
import type { Core } from 'cytoscape';
import { useEffect, useRef, type RefObject } from 'react';
import {
  ARROW_DIRECTIONS,
  neighbourCount,
  neighbourInDirection,
  startNode,
} from './keyboardNavigation';

/** What the navigator reports: a node reached (with its neighbour count), or a dead end. */
export type NavigatorEvent =
  | { kind: 'focus'; id: string; neighbours: number; point: { x: number; y: number } }
  | { kind: 'none' }
  | { kind: 'leave' };

export interface KeyboardNavigatorProps {
  cy: Core | null;
  /** The focusable element around the picture; keys are read while it has focus. */
  target: RefObject<HTMLElement | null>;
  /** The selection: navigation starts there when it is drawn. */
  selected: string | null;
  /** Called on every move, dead end and leave. */
  onEvent: (event: NavigatorEvent) => void;
  /** Called with the focused node on Enter or space. */
  onSelect: (id: string) => void;
}

/** Binds the keys; renders nothing. */
export function KeyboardNavigator({
  cy,
  target,
  selected,
  onEvent,
  onSelect,
}: KeyboardNavigatorProps) {
  const current = useRef<string | null>(null);
  const latest = useRef({ selected, onEvent, onSelect });
  useEffect(() => {
    latest.current = { selected, onEvent, onSelect };
  }, [selected, onEvent, onSelect]);

  useEffect(() => {
    const element = target.current;
    if (!cy || !element) return;
    const focusOn = (id: string) => {
      current.current = id;
      const node = cy.getElementById(id);
      const { w, h } = { w: cy.width(), h: cy.height() };
      let point = node.renderedPosition();
      if (point.x < 0 || point.y < 0 || point.x > w || point.y > h) {
        cy.center(node);
        point = node.renderedPosition();
      }
      latest.current.onEvent({
        kind: 'focus',
        id,
        neighbours: neighbourCount(cy, id),
        point: { x: point.x, y: point.y },
      });
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const here =
        current.current && cy.getElementById(current.current).nonempty() ? current.current : null;
      const direction = ARROW_DIRECTIONS[event.key];
      if (direction || event.key === 'Home') {
        event.preventDefault();
        event.stopPropagation();
        if (!here || !direction) {
          const start = startNode(cy, latest.current.selected);
          if (start) focusOn(start);
          return;
        }
        const next = neighbourInDirection(cy, here, direction);
        if (next) focusOn(next);
        else latest.current.onEvent({ kind: 'none' });
        return;
      }
      if ((event.key === 'Enter' || event.key === ' ') && here) {
        event.preventDefault();
        latest.current.onSelect(here);
        return;
      }
      if (event.key === 'Escape' && here) {
        // Leaves the keyboard focus only; the selection stays (App clears it on a second Escape).
        event.preventDefault();
        current.current = null;
        latest.current.onEvent({ kind: 'leave' });
      }
    };
    const onBlur = () => {
      if (current.current === null) return;
      current.current = null;
      latest.current.onEvent({ kind: 'leave' });
    };
    element.addEventListener('keydown', onKey);
    element.addEventListener('blur', onBlur);
    return () => {
      element.removeEventListener('keydown', onKey);
      element.removeEventListener('blur', onBlur);
    };
  }, [cy, target]);

  return null;
}
