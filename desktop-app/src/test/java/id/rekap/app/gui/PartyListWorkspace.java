package id.rekap.app.gui;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.rekap.core.demo.DemoData;
import id.rekap.core.setup.WorkspaceLevel;
import id.rekap.core.user.Role;
import id.rekap.core.workspace.CreateWorkspace;
import id.rekap.core.workspace.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A workspace for Kepulauan Seribu with a party-list ballot beside the real PPWP: the demo's real
 * region list, the 18 national parties of Pemilu 2024 with their real ballot numbers, and one DPRD
 * Provinsi dapil with lists of 8 to 12 caleg (names invented), about 250 boxes per C.Hasil, as a
 * DPRD form has. No results: every TPS is there to be keyed.
 */
public final class PartyListWorkspace {
  public static final String CONTEST = "pdprdp";

  /** Ballot numbers and abbreviations of the national parties of Pemilu 2024. */
  static final List<Object[]> PARTIES =
      List.of(
          new Object[] {1, "PKB", "Partai Kebangkitan Bangsa"},
          new Object[] {2, "GERINDRA", "Partai Gerakan Indonesia Raya"},
          new Object[] {3, "PDIP", "Partai Demokrasi Indonesia Perjuangan"},
          new Object[] {4, "GOLKAR", "Partai Golongan Karya"},
          new Object[] {5, "NASDEM", "Partai NasDem"},
          new Object[] {6, "BURUH", "Partai Buruh"},
          new Object[] {7, "GELORA", "Partai Gelombang Rakyat Indonesia"},
          new Object[] {8, "PKS", "Partai Keadilan Sejahtera"},
          new Object[] {9, "PKN", "Partai Kebangkitan Nusantara"},
          new Object[] {10, "HANURA", "Partai Hati Nurani Rakyat"},
          new Object[] {11, "GARUDA", "Partai Garda Republik Indonesia"},
          new Object[] {12, "PAN", "Partai Amanat Nasional"},
          new Object[] {13, "PBB", "Partai Bulan Bintang"},
          new Object[] {14, "DEMOKRAT", "Partai Demokrat"},
          new Object[] {15, "PSI", "Partai Solidaritas Indonesia"},
          new Object[] {16, "PERINDO", "Partai Perindo"},
          new Object[] {17, "PPP", "Partai Persatuan Pembangunan"},
          new Object[] {24, "UMMAT", "Partai Ummat"});

  private PartyListWorkspace() {}

  /**
   * Creates the workspace in the folder, with the demo users (password {@link
   * id.rekap.core.demo.DemoData#PASSWORD}).
   */
  public static Workspace create(Path folder) {
    try {
      Path data = Files.createTempDirectory("rekap-party-list");
      DemoData.extract(data);
      ObjectMapper json = new ObjectMapper();
      ObjectNode election = (ObjectNode) json.readTree(data.resolve(DemoData.ELECTION).toFile());
      ArrayNode parties = election.putArray("parties");
      ArrayNode lists = json.createArrayNode();
      int sirekapId = 300_001;
      for (Object[] p : PARTIES) {
        int number = (Integer) p[0];
        parties
            .addObject()
            .put("number", number)
            .put("abbr", (String) p[1])
            .put("name", (String) p[2]);
        ObjectNode list = lists.addObject().put("party", number);
        ArrayNode candidates = list.putArray("candidates");
        int size = 12 - number % 5;
        for (int n = 1; n <= size; n++) {
          candidates
              .addObject()
              .put("number", n)
              .put("sirekapId", Integer.toString(sirekapId++))
              .put("name", "CALON " + p[1] + " NOMOR " + n)
              .put("sex", n % 3 == 0 ? "P" : "L");
        }
      }
      ObjectNode contest = ((ArrayNode) election.get("contests")).addObject();
      contest.put("code", CONTEST).put("name", "DPRD Provinsi").put("shape", "party-lists");
      ObjectNode dapil = contest.putArray("dapils").addObject();
      dapil.put("code", "DKI-1").put("name", "DKI JAKARTA 1").put("seats", 12);
      dapil.putArray("regions").add(DemoData.REGION);
      dapil.set("lists", lists);
      Path file = data.resolve("pemilu-2024-dprd.json");
      json.writeValue(file.toFile(), election);
      char[] pw = DemoData.PASSWORD.toCharArray();
      Workspace ws =
          CreateWorkspace.run(
              folder,
              new CreateWorkspace.Request(
                  WorkspaceLevel.KABKOTA, DemoData.REGION, file, "KPU KEPULAUAN SERIBU"),
              new CreateWorkspace.FirstAdmin("admin", pw.clone()),
              Demo.CLOCK);
      var users = ws.users();
      var admin = users.login("admin", pw.clone());
      String temporary = "kertas-sementara-3";
      for (var person :
          List.of(
              Map.entry("ani", Role.OPERATOR),
              Map.entry("budi", Role.OPERATOR),
              Map.entry("citra", Role.VERIFIER),
              Map.entry("ketua", Role.CHAIR))) {
        users.add(admin, person.getKey(), person.getValue(), temporary.toCharArray());
        users.changePassword(person.getKey(), temporary.toCharArray(), pw.clone());
      }
      ws.importRegions(users.login("ketua", pw.clone()), List.of(data.resolve(DemoData.REGIONS)));
      return ws;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
