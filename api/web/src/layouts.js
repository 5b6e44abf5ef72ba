// Layouts that keep a canvas of hundreds of nodes readable: force-directed with overlap removal,
// concentric by number of links, and people grouped under their organisation (in rows, or in boxes).

export const LAYOUTS = {
  force: "力导向（避免重叠）",
  concentric: "同心圆（按连接数）",
  organization: "按机构分层",
};

const ORG_CATEGORIES = new Set(["hospital", "university", "lab", "institute", "company", "government", "society", "organization"]);
const MEMBER_TYPES = new Set(["WORKS_AT", "AFFILIATED_WITH"]);
const GAP = 8; // pixels kept between two nodes' boxes
const MAX_SPREAD = 6; // a layout is scaled at most this much to keep its names apart
const CELL = 86; // grid step of the organisation layout: a node and its label

export const isOrganization = (node) => ORG_CATEGORIES.has(node.data("category"));

/** Nodes a layout places: everything but group boxes, which follow their members. */
export function placeable(cy) {
  return cy.nodes().not(".group");
}

/** The organisation a person belongs to on this canvas: the first unit they work at or are affiliated with. */
export function unitOf(node) {
  const edge = node.connectedEdges().filter((e) => MEMBER_TYPES.has(e.data("type")) && e.source().same(node))[0];
  return edge && isOrganization(edge.target()) ? edge.target() : null;
}

/** Runs the chosen layout on the whole canvas, then pushes apart any nodes that still overlap. */
export function runLayout(cy, name, { randomize = false } = {}) {
  const nodes = placeable(cy);
  if (nodes.empty()) return;
  if (name === "organization") {
    organizationLayout(cy);
  } else if (name === "concentric") {
    cy.layout({
      name: "concentric", eles: cy.elements(), fit: false, animate: false, avoidOverlap: true, minNodeSpacing: 26,
      concentric: (n) => (n.hasClass("group") ? 0 : n.degree(false)), levelWidth: () => 2,
    }).run();
  } else {
    cy.layout({
      name: "fcose", animate: false, randomize, quality: "default", fit: false, nodeRepulsion: 9000,
      idealEdgeLength: 90, nodeSeparation: 90, nodeDimensionsIncludeLabels: true, packComponents: true,
    }).run();
  }
  removeOverlaps(cy);
}

/** Organisations in a row, each with its people in a block of rows beneath it; everything else below. */
function organizationLayout(cy) {
  const nodes = placeable(cy);
  const orgs = nodes.filter(isOrganization).sort((a, b) => b.degree(false) - a.degree(false));
  const members = new Map(orgs.map((o) => [o.id(), []]));
  const rest = [];
  nodes.not(orgs).forEach((n) => {
    const unit = n.data("category") === "person" ? unitOf(n) : null;
    if (unit && members.has(unit.id())) members.get(unit.id()).push(n);
    else rest.push(n);
  });
  let x = 0;
  let bottom = 0;
  cy.batch(() => {
    orgs.forEach((org) => {
      const people = members.get(org.id());
      const columns = Math.max(1, Math.ceil(Math.sqrt(people.length * 1.6)));
      org.position({ x: x + ((columns - 1) * CELL) / 2, y: 0 });
      people.forEach((p, i) => p.position({ x: x + (i % columns) * CELL, y: CELL + Math.floor(i / columns) * (CELL * 0.7) }));
      bottom = Math.max(bottom, CELL + Math.ceil(people.length / columns) * CELL * 0.7);
      x += columns * CELL + CELL;
    });
    const columns = Math.max(1, Math.ceil(Math.sqrt(rest.length * 2)));
    rest.forEach((n, i) => n.position({ x: (i % columns) * CELL, y: bottom + CELL * 1.5 + Math.floor(i / columns) * CELL * 0.7 }));
  });
}

/** A node's box with its label, as an offset from its position (labels sit under their node). */
function box(node) {
  const bb = node.boundingBox({ includeLabels: true, includeOverlays: false });
  const { x, y } = node.position();
  return { ox: (bb.x1 + bb.x2) / 2 - x, oy: (bb.y1 + bb.y2) / 2 - y, w: bb.w + GAP, h: bb.h + GAP };
}

/** Pushes overlapping nodes apart, labels included (sweep over x, a few passes): once the canvas is zoomed in
 * far enough to show the names, no name lies on another. */
export function removeOverlaps(cy, passes = 100) {
  const nodes = placeable(cy).filter((n) => !n.isParent());
  const items = nodes.map((n) => {
    const { ox, oy, w, h } = box(n);
    const { x, y } = n.position();
    return { node: n, x: x + ox, y: y + oy, ox, oy, w, h };
  });
  spread(items);
  const widest = Math.max(0, ...items.map((it) => it.w));
  for (let pass = 0; pass < passes; pass++) {
    let moved = false;
    items.sort((a, b) => a.x - b.x);
    for (let i = 0; i < items.length; i++) {
      const a = items[i];
      for (let j = i + 1; j < items.length; j++) {
        const b = items[j];
        if (b.x - a.x >= (a.w + widest) / 2) break; // no later box can reach back to a
        const dx = b.x - a.x;
        const dy = b.y - a.y;
        const ox = (a.w + b.w) / 2 - Math.abs(dx);
        const oy = (a.h + b.h) / 2 - Math.abs(dy);
        if (ox <= 0 || oy <= 0) continue;
        moved = true;
        if (ox < oy) {
          const push = (ox / 2 + 0.5) * (dx >= 0 ? 1 : -1);
          a.x -= push;
          b.x += push;
        } else {
          const push = (oy / 2 + 0.5) * (dy >= 0 ? 1 : -1);
          a.y -= push;
          b.y += push;
        }
      }
    }
    if (!moved) break;
  }
  cy.batch(() => items.forEach((it) => it.node.position({ x: it.x - it.ox, y: it.y - it.oy })));
}

/** Scales the layout about its centre just enough that no two boxes overlap (at most MAX_SPREAD times):
 * the shape of the layout stays, only its distances grow. Coincident nodes are left to the sweep. */
function spread(items) {
  let scale = 1;
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i];
      const b = items[j];
      const dx = Math.abs(a.x - b.x);
      const dy = Math.abs(a.y - b.y);
      const needX = (a.w + b.w) / 2;
      const needY = (a.h + b.h) / 2;
      if (dx >= needX || dy >= needY) continue;
      const fix = Math.min(dx > 0 ? needX / dx : Infinity, dy > 0 ? needY / dy : Infinity);
      if (Number.isFinite(fix)) scale = Math.max(scale, fix);
    }
  }
  scale = Math.min(scale, MAX_SPREAD);
  if (scale <= 1) return;
  const cx = items.reduce((sum, it) => sum + it.x, 0) / items.length;
  const cy = items.reduce((sum, it) => sum + it.y, 0) / items.length;
  for (const it of items) {
    it.x = cx + (it.x - cx) * scale;
    it.y = cy + (it.y - cy) * scale;
  }
}

/** Pairs of nodes whose boxes overlap, labels included unless ``labels`` is false (for tests and benchmarks). */
export function overlaps(cy, labels = true) {
  const boxes = placeable(cy).filter((n) => !n.isParent() && n.visible()).map((n) => n.boundingBox({ includeLabels: labels, includeOverlays: false }));
  boxes.sort((a, b) => a.x1 - b.x1);
  let count = 0;
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length && boxes[j].x1 < boxes[i].x2; j++) { // sorted by left edge: exact
      if (boxes[j].y1 < boxes[i].y2 && boxes[i].y1 < boxes[j].y2) count++;
    }
  }
  return count;
}

/** Puts each organisation's people in a box labelled with the organisation (on), or takes the boxes away (off). */
export function setGrouping(cy, on) {
  cy.batch(() => {
    const boxes = cy.nodes(".group");
    boxes.children().move({ parent: null });
    boxes.remove();
    if (!on) return;
    const byUnit = new Map();
    cy.nodes().filter((n) => n.data("category") === "person").forEach((p) => {
      const unit = unitOf(p);
      if (!unit) return;
      if (!byUnit.has(unit.id())) byUnit.set(unit.id(), { unit, people: [] });
      byUnit.get(unit.id()).people.push(p);
    });
    for (const [id, { unit, people }] of byUnit) {
      if (people.length < 2) continue;
      const box = `group:${id}`;
      const data = { id: box, name: unit.data("name"), short: `${unit.data("name")}（${people.length} 人）`, category: "group",
        color: "#f1f5f9", shape: "round-rectangle", size: 30 };
      cy.add({ group: "nodes", data, classes: "group" });
      cy.collection(people).move({ parent: box });
    }
  });
}

/** Places new nodes on rings around their anchor, grouped by category so each type forms a sector. */
export function radialPlace(cy, fresh, around) {
  const anchor = around ? cy.getElementById(around) : cy.collection();
  const center = anchor.nonempty() ? anchor.position() : { x: 0, y: 0 };
  const sorted = fresh.sort((a, b) => (a.data("category") < b.data("category") ? -1 : 1));
  const spacing = 44;
  let ring = 1;
  let index = 0;
  cy.batch(() => {
    sorted.forEach((node) => {
      const radius = 140 + (ring - 1) * 90;
      const slots = Math.max(8, Math.floor((2 * Math.PI * radius) / spacing));
      const angle = (2 * Math.PI * index) / slots;
      node.position({ x: center.x + radius * Math.cos(angle), y: center.y + radius * Math.sin(angle) });
      index += 1;
      if (index >= slots) {
        ring += 1;
        index = 0;
      }
    });
  });
}

/** Fits on node centres alone: measuring thousands of labels for a bounding box costs seconds. */
export function fitPositions(cy, nodes, maxZoom) {
  if (nodes.empty()) return;
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  nodes.forEach((n) => {
    const { x, y } = n.position();
    x1 = Math.min(x1, x);
    y1 = Math.min(y1, y);
    x2 = Math.max(x2, x);
    y2 = Math.max(y2, y);
  });
  const pad = 60;
  const zoom = Math.min(maxZoom, (cy.width() - 2 * pad) / Math.max(1, x2 - x1), (cy.height() - 2 * pad) / Math.max(1, y2 - y1));
  cy.viewport({ zoom, pan: { x: cy.width() / 2 - zoom * (x1 + x2) / 2, y: cy.height() / 2 - zoom * (y1 + y2) / 2 } });
}
