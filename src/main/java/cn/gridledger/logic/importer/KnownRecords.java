package cn.gridledger.logic.importer;

import cn.gridledger.logic.store.ImportWriter;
import cn.gridledger.logic.store.ImportWriter.GridRef;
import cn.gridledger.logic.store.ImportWriter.GroupRef;
import cn.gridledger.logic.store.ImportWriter.PersonColumn;
import cn.gridledger.logic.store.ImportWriter.StoredAward;
import cn.gridledger.logic.store.ImportWriter.StoredHousehold;
import cn.gridledger.logic.store.ImportWriter.StoredMember;
import cn.gridledger.logic.store.ImportWriter.StoredMonitoring;
import cn.gridledger.logic.store.ImportWriter.StoredPerson;
import cn.gridledger.logic.store.ImportWriter.StoredPost;
import cn.gridledger.logic.store.ImportWriter.StoredReserve;
import cn.gridledger.logic.store.ImportWriter.VillageRef;
import cn.gridledger.logic.validate.Text;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The database as an import sees it: indexes over a {@link ImportWriter.Snapshot}, updated as rows are
 * accepted so that a later row of the same file sees what an earlier one did (whether or not it is written).
 */
public final class KnownRecords {

    private final Map<String, StoredPerson> personsById;
    private final LongKeyMap<StoredPerson> personsByKey;
    /**
     * By name only (the month is checked on lookup): the key is the person's own name string, so the index
     * costs no key strings for the hundreds of thousands of people a large database holds.
     */
    private final Map<String, Object> personsByName; // a StoredPerson, or a List of them
    private final Map<Long, List<StoredPost>> postsByPerson = new HashMap<>();
    private final Map<Long, List<StoredReserve>> reservesByPerson = new HashMap<>();
    private final List<VillageRef> villages;
    /** Answers of {@link #villageByName} by compacted text: a roster repeats a few dozen 村 texts. */
    private final Map<String, Optional<VillageRef>> villageByText = new java.util.concurrent.ConcurrentHashMap<>();
    /** Beyond this many distinct texts (a hostile file) answers are no longer kept. */
    private static final int MAX_REMEMBERED_TEXTS = 10_000;
    private final Map<String, GridRef> gridsByCode = new HashMap<>();
    private final Map<Long, GridRef> gridsById = new HashMap<>();
    private final List<GridRef> grids;
    private final List<GroupRef> groups;
    private final Map<String, StoredHousehold> householdsById = new HashMap<>();
    private final Map<String, StoredHousehold> householdsByNumber = new HashMap<>();
    private final Map<Long, StoredMember> memberByPerson = new HashMap<>();
    private final Map<String, List<StoredMember>> membersByHousehold = new HashMap<>();
    private final Map<String, StoredMonitoring> monitoringByHousehold = new HashMap<>();
    private final Map<String, List<StoredMonitoring>> episodesByHousehold = new HashMap<>();
    private final Map<String, List<StoredAward>> awardsByHousehold = new HashMap<>();
    private long nextPersonId;
    private long nextMemberId;

    public KnownRecords(ImportWriter.Snapshot s) {
        // sized once for the people already stored: rehashing 175,000 entries step by step was a tenth of
        // building the snapshot
        int people = s.persons().size();
        personsById = new HashMap<>(people * 4 / 3 + 16);
        personsByName = new HashMap<>(people * 4 / 3 + 16);
        personsByKey = new LongKeyMap<>(people);
        s.persons().forEach(this::putPerson);
        s.posts().forEach(p -> postsByPerson.computeIfAbsent(p.personId(), k -> new ArrayList<>()).add(p));
        s.reserves().forEach(r -> reservesByPerson.computeIfAbsent(r.personId(), k -> new ArrayList<>()).add(r));
        villages = new ArrayList<>(s.villages());
        grids = new ArrayList<>(s.grids());
        for (GridRef g : grids) {
            gridsByCode.put(g.code(), g);
            gridsById.put(g.id(), g);
        }
        s.gridIdByOldCode().forEach((code, id) -> {
            GridRef g = gridsById.get(id);
            if (g != null) {
                gridsByCode.putIfAbsent(code, g);
            }
        });
        groups = new ArrayList<>(s.groups());
        s.households().forEach(this::putHousehold);
        s.members().forEach(this::putMember);
        s.monitoring().forEach(this::putMonitoring); // oldest first: the latest is the household's monitoring
        s.awards().forEach(this::putAward);
        nextPersonId = s.maxPersonId() + 1;
        nextMemberId = s.maxMemberId() + 1;
    }

    // --- people ---

    /** A stored (or already imported) person by record id, null when none. */
    public StoredPerson person(long personId) {
        return personsByKey.get(personId);
    }

    public StoredPerson personByIdNumber(String idNumber) {
        return personsById.get(idNumber);
    }

    /** Name + birth month, used only when the ID does not find anyone; empty unless exactly one matches. */
    public Optional<StoredPerson> personByNameAndMonth(String name, String birthMonth, boolean onlyWithoutId) {
        StoredPerson match = null;
        for (StoredPerson p : named(name)) {
            String birth = p.get(PersonColumn.BIRTH_DATE);
            if (birth != null && birth.length() >= 7 && birth.startsWith(birthMonth)
                    && (!onlyWithoutId || p.idNumber() == null)) {
                if (match != null) {
                    return Optional.empty();
                }
                match = p;
            }
        }
        return Optional.ofNullable(match);
    }

    /** The people with this name (most names belong to one person: stored without a list then). */
    @SuppressWarnings("unchecked")
    private List<StoredPerson> named(String name) {
        Object v = personsByName.get(name);
        return v == null ? List.of() : v instanceof StoredPerson p ? List.of(p) : (List<StoredPerson>) v;
    }

    @SuppressWarnings("unchecked")
    private void addNamed(StoredPerson p) {
        personsByName.merge(p.get(PersonColumn.NAME), p, (had, add) -> {
            if (had instanceof StoredPerson one) {
                List<StoredPerson> list = new ArrayList<>(2);
                list.add(one);
                list.add(p);
                return list;
            }
            ((List<StoredPerson>) had).add(p);
            return had;
        });
    }

    @SuppressWarnings("unchecked")
    private void removeNamed(StoredPerson old) {
        String name = old.get(PersonColumn.NAME);
        Object v = personsByName.get(name);
        if (v instanceof StoredPerson one) {
            if (one.id() == old.id()) {
                personsByName.remove(name);
            }
        } else if (v != null) {
            List<StoredPerson> list = (List<StoredPerson>) v;
            list.removeIf(x -> x.id() == old.id());
            if (list.size() == 1) {
                personsByName.put(name, list.get(0));
            }
        }
    }

    public long newPersonId() {
        return nextPersonId++;
    }

    public long newMemberId() {
        return nextMemberId++;
    }

    /** Records (or replaces) a person after a row was accepted. */
    public void putPerson(StoredPerson p) {
        StoredPerson old = personsByKey.put(p.id(), p);
        if (old != null && old.get(PersonColumn.NAME) != null) {
            removeNamed(old);
        }
        if (p.idNumber() != null) {
            personsById.put(p.idNumber(), p);
        }
        if (p.get(PersonColumn.NAME) != null) {
            addNamed(p);
        }
    }

    public List<StoredPost> posts(long personId) {
        return postsByPerson.getOrDefault(personId, List.of());
    }

    public void putPost(StoredPost post, StoredPost replaced) {
        List<StoredPost> list = postsByPerson.computeIfAbsent(post.personId(), k -> new ArrayList<>());
        if (replaced != null) {
            list.remove(replaced);
        }
        list.add(post);
    }

    public List<StoredReserve> reserves(long personId) {
        return reservesByPerson.getOrDefault(personId, List.of());
    }

    public void putReserve(StoredReserve r, StoredReserve replaced) {
        List<StoredReserve> list = reservesByPerson.computeIfAbsent(r.personId(), k -> new ArrayList<>());
        if (replaced != null) {
            list.remove(replaced);
        }
        list.add(r);
    }

    // --- places ---

    public List<VillageRef> villages() {
        return List.copyOf(villages);
    }

    public String villageNames() {
        return String.join("、", villages.stream().map(VillageRef::name).toList());
    }

    /**
     * The village a 工作单位/村 text names: exact name, the name without its 村/社区 suffix, or a text that
     * contains a village's name ({@code XX镇安恕村委会}). Empty when none or several match.
     */
    public Optional<VillageRef> villageByName(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = Text.compact(text);
        Optional<VillageRef> known = villageByText.get(t);
        if (known != null) {
            return known;
        }
        Optional<VillageRef> found = findVillage(t);
        if (villageByText.size() < MAX_REMEMBERED_TEXTS) {
            villageByText.put(t, found);
        }
        return found;
    }

    /** The search behind {@link #villageByName}: every village, twice (it ran for each row: 10 % of an import). */
    private Optional<VillageRef> findVillage(String t) {
        for (VillageRef v : villages) {
            if (Text.compact(v.name()).equals(t)) {
                return Optional.of(v);
            }
        }
        List<VillageRef> hits = new ArrayList<>();
        for (VillageRef v : villages) {
            String name = Text.compact(v.name());
            String stem = name.replaceAll("(村民委员会|村委会|居委会|社区|村)$", "");
            if (t.contains(name) || (stem.length() >= 2 && (t.equals(stem) || t.startsWith(stem + "村") || t.contains(stem + "村")))) {
                hits.add(v);
            }
        }
        return hits.size() == 1 ? Optional.of(hits.get(0)) : Optional.empty();
    }

    /** The village whose 12-digit code starts {@code digits} (a village code, or a 户编号/网格编号 built on it). */
    public Optional<VillageRef> villageByCodePrefix(String digits) {
        if (digits == null || digits.length() < 12) {
            return Optional.empty();
        }
        String code = digits.substring(0, 12);
        return villages.stream().filter(v -> code.equals(v.code())).findFirst();
    }

    /** A grid created by this import (written or, in a dry run, only imagined). */
    public void addGrid(GridRef g) {
        grids.add(g);
        gridsByCode.put(g.code(), g);
        gridsById.put(g.id(), g);
    }

    public List<GridRef> gridsOf(long villageId) {
        return grids.stream().filter(g -> g.villageId() == villageId).toList();
    }

    public GridRef gridByCode(String code) {
        return gridsByCode.get(code);
    }

    public GridRef gridById(Long id) {
        return id == null ? null : gridsById.get(id);
    }

    /** A grid by name, within the village when one is known; empty when none or several match. */
    public Optional<GridRef> gridByName(String name, Long villageId) {
        String n = Text.compact(name);
        List<GridRef> hits = grids.stream().filter(g -> Text.compact(g.name()).equals(n))
                .filter(g -> villageId == null || g.villageId() == villageId).toList();
        return hits.size() == 1 ? Optional.of(hits.get(0)) : Optional.empty();
    }

    public Optional<GroupRef> group(long villageId, String name) {
        String n = Text.compact(name);
        return groups.stream().filter(g -> g.villageId() == villageId && Text.compact(g.name()).equals(n)).findFirst();
    }

    public GroupRef groupById(Long id) {
        return id == null ? null : groups.stream().filter(g -> g.id() == id).findFirst().orElse(null);
    }

    public void addGroup(GroupRef g) {
        groups.add(g);
    }

    // --- households ---

    public StoredHousehold householdByNumber(String hhNumber) {
        return householdsByNumber.get(hhNumber);
    }

    public StoredHousehold household(String id) {
        return householdsById.get(id);
    }

    public void putHousehold(StoredHousehold h) {
        StoredHousehold old = householdsById.put(h.id(), h);
        if (old != null && old.hhNumber() != null) {
            householdsByNumber.remove(old.hhNumber());
        }
        if (h.hhNumber() != null) {
            householdsByNumber.put(h.hhNumber(), h);
        }
    }

    /** The active membership of a person, if any. */
    public StoredMember memberOf(long personId) {
        return memberByPerson.get(personId);
    }

    public List<StoredMember> members(String householdId) {
        return membersByHousehold.getOrDefault(householdId, List.of());
    }

    public void putMember(StoredMember m) {
        StoredMember old = memberByPerson.put(m.personId(), m);
        if (old != null) {
            List<StoredMember> list = membersByHousehold.get(old.householdId());
            if (list != null) {
                list.removeIf(x -> x.id() == old.id());
            }
        }
        membersByHousehold.computeIfAbsent(m.householdId(), k -> new ArrayList<>()).add(m);
    }

    public StoredMonitoring monitoring(String householdId) {
        return monitoringByHousehold.get(householdId);
    }

    /** Puts the household's latest episode (the one the county columns describe), and keeps it among its episodes. */
    public void putMonitoring(StoredMonitoring m) {
        monitoringByHousehold.put(m.householdId(), m);
        putEpisode(m);
    }

    /** Every monitoring episode of the household, oldest first. */
    public List<StoredMonitoring> episodes(String householdId) {
        return episodesByHousehold.getOrDefault(householdId, List.of());
    }

    /** Adds an episode, or replaces the one with the same id (id 0: one added by this import). */
    public void putEpisode(StoredMonitoring m) {
        List<StoredMonitoring> list = episodesByHousehold.computeIfAbsent(m.householdId(), k -> new ArrayList<>(2));
        for (int i = 0; i < list.size(); i++) {
            if (m.id() > 0 && list.get(i).id() == m.id()) {
                list.set(i, m);
                return;
            }
        }
        list.add(m);
    }

    public List<StoredAward> awards(String householdId) {
        return awardsByHousehold.getOrDefault(householdId, List.of());
    }

    public void putAward(StoredAward a) {
        awardsByHousehold.computeIfAbsent(a.householdId(), k -> new ArrayList<>(2)).add(a);
    }
}
