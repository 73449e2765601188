package id.rekap.app.cli.plenary;

import id.rekap.app.cli.CliIo;
import id.rekap.core.adoption.AdoptionPlan;
import id.rekap.core.adoption.Block;
import id.rekap.core.adoption.Decision;
import id.rekap.core.adoption.PlanItem;
import id.rekap.core.adoption.QueueItem;
import id.rekap.core.common.Json;
import id.rekap.core.region.RegionCode;
import id.rekap.core.region.RegionTree;
import id.rekap.core.region.TpsCode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the adoption commands print: a decision (or its preview) as what it adopts, what was adopted
 * before and what it leaves out with the reasons in words; the chair's queue; the history. {@code
 * --format json} gives the same as one JSON document.
 */
public final class AdoptionText {
  private final CliIo io;
  private final RegionTree tree;

  AdoptionText(CliIo io, RegionTree tree) {
    this.io = io;
    this.tree = tree;
  }

  /**
   * @param decision the decision's number once taken; null for a preview
   */
  void plan(AdoptionPlan plan, Long decision, String format) {
    if (format.equals("json")) {
      io.out().println(Json.canonicalOrdered(json(plan, decision)));
      return;
    }
    String state;
    if (decision == null) {
      state =
          plan.adopting().isEmpty()
              ? (plan.complete() ? "cli.adopt.preview.already" : "cli.adopt.preview.none")
              : plan.complete() ? "cli.adopt.preview.complete" : "cli.adopt.preview.partial";
    } else {
      state =
          plan.adopting().isEmpty()
              ? "cli.adopt.done.ruling"
              : plan.complete() ? "cli.adopt.done.complete" : "cli.adopt.done.partial";
    }
    io.out()
        .println(
            io.text(
                    "cli.adopt.heading",
                    name(plan.place()),
                    plan.contest().id(),
                    io.text(state),
                    decision == null ? "" : "#" + decision)
                .strip());
    List<String> adopting = plan.adopting().stream().map(PlanItem::code).toList();
    io.out().println(io.text("cli.adopt.adopting", adopting.size(), String.join(", ", adopting)));
    io.out().println(io.text("cli.adopt.already", plan.already().size()));
    for (PlanItem i : plan.items()) {
      if (i.ruling() != null) {
        io.out().println(io.text("cli.adopt.ruled", i.code(), i.ruling(), words(i.settled())));
      }
    }
    if (!plan.leftOut().isEmpty()) {
      io.out().println(io.text("cli.adopt.leftOut", plan.leftOut().size()));
      for (PlanItem i : plan.leftOut()) {
        io.out().println(io.text("cli.adopt.item", i.code(), words(i.blocks())));
      }
    }
    io.out().flush();
  }

  private Map<String, Object> json(AdoptionPlan plan, Long decision) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("contest", plan.contest().id());
    out.put("place", plan.place());
    out.put("scope", plan.scope().name().toLowerCase(java.util.Locale.ROOT));
    if (decision != null) {
      out.put("decision", decision);
    }
    out.put("complete", plan.complete());
    out.put("partial", plan.partial());
    List<Object> adopt = new ArrayList<>();
    for (PlanItem i : plan.adopting()) {
      Map<String, Object> one = new LinkedHashMap<>();
      one.put("code", i.code());
      one.put("digest", i.digest());
      one.put("ruling", i.ruling());
      adopt.add(one);
    }
    out.put("adopt", adopt);
    out.put("already", plan.already().stream().map(PlanItem::code).toList());
    List<Object> left = new ArrayList<>();
    for (PlanItem i : plan.leftOut()) {
      Map<String, Object> one = new LinkedHashMap<>();
      one.put("code", i.code());
      one.put("reasons", blocks(i.blocks()));
      left.add(one);
    }
    out.put("leftOut", left);
    return out;
  }

  private List<Object> blocks(List<Block> blocks) {
    List<Object> out = new ArrayList<>();
    for (Block b : blocks) {
      Map<String, Object> one = new LinkedHashMap<>();
      one.put("reason", b.reason().id());
      one.put("detail", b.detail());
      one.put("message", b.message(io.locale()));
      out.add(one);
    }
    return out;
  }

  void queue(List<QueueItem> items, String format) {
    if (format.equals("json")) {
      List<Object> out = new ArrayList<>();
      for (QueueItem q : items) {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("code", q.code());
        one.put("name", q.name());
        one.put("state", q.state().id());
        one.put("tps", q.tps());
        one.put("adopted", q.adopted());
        one.put("ready", q.ready());
        one.put("held", q.held());
        one.put("conflicts", q.conflicts());
        one.put("reasons", blocks(q.blocks()));
        out.add(one);
      }
      io.out().println(Json.canonicalOrdered(Map.of("queue", out)));
      return;
    }
    io.out().println(io.text("cli.adopt.queue.header"));
    for (QueueItem q : items) {
      io.out()
          .printf(
              "%-10s %-28s %-16s %5d %5d %5d %5d %5d%n",
              q.code(),
              cut(q.name(), 28),
              io.text("cli.adopt.queue." + q.state().id()),
              q.tps(),
              q.adopted(),
              q.ready(),
              q.held(),
              q.conflicts());
    }
    io.out().flush();
  }

  void history(List<Decision> decisions) {
    for (Decision d : decisions) {
      String what =
          switch (d.kind()) {
            case ADOPT -> io.text("cli.adopt.history.adopt", d.codes().size(), d.leftOut().size());
            case RULING ->
                io.text("cli.adopt.history.ruling", String.join(", ", d.rulings().keySet()));
            case REOPEN, LIFT ->
                io.text(
                    "cli.adopt.history." + d.kind().id(), String.join(", ", d.codes().keySet()));
            case USE_PACKAGE ->
                io.text(
                    "cli.adopt.history.use-package",
                    String.join(
                        ", ",
                        d.removed().keySet().stream()
                            .map(s -> io.text("adoption.source." + s))
                            .toList()));
          };
      io.out()
          .printf(
              "#%d %s %s %s %s: %s%s%n",
              d.id(),
              d.at(),
              d.by(),
              d.contest().id(),
              d.code(),
              what,
              d.text() == null ? "" : " | " + d.text());
    }
    io.out().flush();
  }

  private String words(List<Block> blocks) {
    return String.join("; ", blocks.stream().map(b -> b.message(io.locale())).toList());
  }

  /** A place as the chair knows it: the code and, for a region, its name. */
  private String name(String code) {
    if (code.length() == TpsCode.DIGITS) {
      return "TPS " + code;
    }
    return code + " " + tree.nameOf(new RegionCode(code));
  }

  private static String cut(String s, int width) {
    return s.length() <= width ? s : s.substring(0, width - 1) + "…";
  }
}
