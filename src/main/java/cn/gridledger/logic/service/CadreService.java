package cn.gridledger.logic.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import cn.gridledger.logic.UserFacingException;
import cn.gridledger.logic.security.AuditAction;
import cn.gridledger.logic.security.FieldChange;
import cn.gridledger.logic.security.FieldChanges;
import cn.gridledger.logic.security.PersonalData;
import cn.gridledger.logic.security.Session;
import cn.gridledger.logic.store.CadreRepository;
import cn.gridledger.logic.store.Database;
import cn.gridledger.logic.service.SubmittedQuarterGuard.DatedFact;
import cn.gridledger.logic.validate.Dates;
import cn.gridledger.logic.validate.IdNumber;
import cn.gridledger.logic.validate.IdNumbers;
import cn.gridledger.logic.validate.Issue;
import cn.gridledger.logic.validate.Parsed;
import cn.gridledger.logic.validate.Phones;
import cn.gridledger.model.FuzzyDate;
import cn.gridledger.model.Person;
import cn.gridledger.model.Post;
import cn.gridledger.model.code.CadreCategory;
import cn.gridledger.model.code.DispatchLevel;
import cn.gridledger.model.code.Education;
import cn.gridledger.model.code.Ethnicity;
import cn.gridledger.model.code.PoliticalStatus;
import cn.gridledger.model.code.PostType;

/**
 * 干部 and 后备力量: the cadre list with its filters, the reserve-cadre register with the county check per
 * village, and the editor's writes (a person's fields, adding and ending posts). Posts are never deleted:
 * ending one sets its end month. Every change is audited in the same transaction.
 */
public final class CadreService {

    /** Entity type in the audit log. */
    public static final String AUDIT_ENTITY = "干部";
    /** 来源 of a 村两委 member, as stored (the first, empty, is "not given"). */
    public static final List<String> SOURCES = List.of("", "本村党员", "大学生村官", "退役军人", "致富带头人",
            "返乡创业人员", "外出务工经商人员", "其他");
    /** 培养方向 of a reserve cadre, as stored. */
    public static final List<String> RESERVE_DIRECTIONS = List.of("村党组织书记", "村委会主任", "村两委委员",
            "村务监督委员会成员");
    /** The county's "about 40" band for reserve cadres (reports.md R5). */
    public static final int RESERVE_AGE_MIN = 36;
    public static final int RESERVE_AGE_MAX = 45;

    private final Database db;
    private final Session session;
    private final AuditService audit;
    private final CadreRepository repo = new CadreRepository();
    private final SubmittedQuarterGuard guard = new SubmittedQuarterGuard();
    /** Fact kinds of late edits (报送): a post's 任职/离任 month, a reserve entry's 入库/出库 month. */
    static final String POST_FACT = "干部职务";
    private static final String RESERVE_FACT = "后备力量";

    CadreService(Database db, Session session, AuditService audit) {
        this.db = db;
        this.session = session;
        this.audit = audit;
    }

    // ------------------------------------------------------------------ data shapes

    /** A village for the filters. */
    public record VillageRef(long id, String name) {
    }

    /** A post with its holder and the names of its village and grid (as the store reads it). */
    public record PostView(Person person, Post post, String villageName, String gridName) {

        /** In post on {@code day}: not ended, or ending in a later month. */
        public boolean currentOn(LocalDate day) {
            FuzzyDate end = post.endDate();
            return end == null || end.firstDay().isAfter(day);
        }

        /** 安恕村, or the dispatching unit for dispatched and township cadres. */
        public String unit() {
            String category = post.category();
            boolean dispatched = CadreCategory.驻村干部.label().equals(category)
                    || CadreCategory.乡镇干部.label().equals(category);
            if (dispatched && post.dispatchUnit() != null && !post.dispatchUnit().isBlank()) {
                return villageName == null ? post.dispatchUnit() : villageName + "（" + post.dispatchUnit() + "）";
            }
            return villageName == null ? "" : villageName;
        }
    }

    /** A reserve cadre in the register. */
    public record ReserveView(long id, long villageId, String villageName, Person person, FuzzyDate entryDate,
            String direction, String training, FuzzyDate exitDate) {
    }

    /** 在任 (holds a matching post now), 已离任 (held matching posts, none now), 全部. */
    public enum Status { 在任, 已离任, 全部 }

    /** The cadre list's filters; null = any. {@code search}: name, ID number (tail) or phone. */
    public record CadreFilter(Long villageId, CadreCategory category, Status status, String search) {
        public static final CadreFilter CURRENT = new CadreFilter(null, null, Status.在任, null);
    }

    /** One person in the cadre list; ID number and phone already masked as the session requires. */
    public record CadreRow(long personId, String name, String gender, Integer age, String education,
            String politicalStatus, String idNumber, String posts, String units, FuzzyDate since,
            boolean oneShoulder, boolean crossPost, String phone, boolean current, Set<String> categories) {
    }

    /** One reserve cadre in the 后备力量 list; age at the quarter's end. */
    public record ReserveRow(long id, long personId, long villageId, String village, String name, String gender,
            Integer age, String education, String politicalStatus, String occupation, FuzzyDate entryDate,
            String direction, String training, String phone) {
    }

    /** The county check of one village: 后备人数 ≥ 2, 其中高中及以上 ≥ 1, 其中36–45岁 ≥ 1. */
    public record ReserveCheck(long villageId, String village, int count, int highSchoolOrAbove, int aged36to45) {
        public boolean met() {
            return count >= 2 && highSchoolOrAbove >= 1 && aged36to45 >= 1;
        }

        /** The two values of {@link #verdict}. */
        public static final String MET = "达标";
        public static final String NOT_MET = "未达标";

        /** 达标 / 未达标. */
        public String verdict() {
            return met() ? MET : NOT_MET;
        }
    }

    /** A person for the editor (masked for read-only accounts) with all their posts, oldest first. */
    public record CadreDetail(Person person, List<PostView> posts) {
    }

    /** What the editor sends: text as typed; codes as their labels (民族 as the label or the code). */
    public record PersonInput(String name, String idNumber, String gender, String birthMonth, String ethnicity,
            String politicalStatus, String partyJoinMonth, String workStartMonth, String nativePlace, String phone,
            String eduFulltime, String degreeFulltime, String schoolFulltime, String eduInservice,
            String degreeInservice, String schoolInservice, String title, String occupation) {
    }

    /** A new post as typed in the editor. */
    public record PostInput(String postType, String category, Long villageId, Long gridId, String dispatchUnit,
            String dispatchLevel, Boolean fullTime, String startMonth, String endMonth, boolean oneShoulder,
            boolean crossPost, String source) {
    }

    /** Ending an existing post in a month. */
    public record PostEnd(long postId, String endMonth) {
    }

    /** One save of the editor: the person (null id = new), posts to add, posts to end, all in one transaction. */
    public record CadreEdit(Long personId, PersonInput person, List<PostInput> newPosts, List<PostEnd> endings) {
        public CadreEdit {
            newPosts = newPosts == null ? List.of() : List.copyOf(newPosts);
            endings = endings == null ? List.of() : List.copyOf(endings);
        }
    }

    /** The editor's input has problems; {@link #problems()} maps a field's label to what is wrong. */
    public static final class InvalidCadreException extends UserFacingException {
        private final Map<String, String> problems;

        InvalidCadreException(Map<String, String> problems) {
            super("还有 " + problems.size() + " 处需要修改：" + String.join("；", problems.values()));
            this.problems = Map.copyOf(problems);
        }

        public Map<String, String> problems() {
            return problems;
        }
    }

    /** A new person's ID number already belongs to someone: open that person instead of a duplicate. */
    public static final class ExistingPersonException extends UserFacingException {
        private final long personId;
        private final String name;

        ExistingPersonException(long personId, String name) {
            super("身份证号已属于“" + name + "”，同一人只建一条记录。请打开该人员进行修改或添加职务。");
            this.personId = personId;
            this.name = name;
        }

        public long personId() {
            return personId;
        }

        public String name() {
            return name;
        }
    }

    // ------------------------------------------------------------------ reading

    public List<VillageRef> villages() {
        session.current();
        return db.read(repo::villages);
    }

    /** The cadre list: one row per person, filtered; ages at {@code today}. */
    public List<CadreRow> cadres(CadreFilter filter, LocalDate today) {
        session.current();
        List<PostView> posts = db.read(repo::allPosts);
        Map<Long, List<PostView>> byPerson = new LinkedHashMap<>();
        for (PostView pv : posts) {
            if (filter.villageId() != null && !filter.villageId().equals(pv.post().villageId())) {
                continue;
            }
            if (filter.category() != null && !filter.category().label().equals(pv.post().category())) {
                continue;
            }
            byPerson.computeIfAbsent(pv.person().id(), k -> new ArrayList<>()).add(pv);
        }
        Status status = filter.status() == null ? Status.全部 : filter.status();
        String search = normalisedSearch(filter.search());
        List<CadreRow> rows = new ArrayList<>();
        for (List<PostView> held : byPerson.values()) {
            List<PostView> current = held.stream().filter(pv -> pv.currentOn(today)).toList();
            boolean isCurrent = !current.isEmpty();
            if (status == Status.在任 && !isCurrent || status == Status.已离任 && isCurrent) {
                continue;
            }
            Person p = held.get(0).person();
            if (!search.isEmpty() && !matches(p, search)) {
                continue;
            }
            rows.add(row(p, isCurrent ? current : held, isCurrent, today));
        }
        return rows;
    }

    private CadreRow row(Person p, List<PostView> shown, boolean current, LocalDate today) {
        Set<String> titles = new LinkedHashSet<>();
        Set<String> units = new LinkedHashSet<>();
        Set<String> categories = new LinkedHashSet<>();
        FuzzyDate since = null;
        boolean oneShoulder = false;
        boolean cross = false;
        for (PostView pv : shown) {
            Post post = pv.post();
            titles.add(pv.gridName() == null ? post.postType()
                    : post.postType() + "（" + withoutVillage(pv.gridName(), pv.villageName()) + "）");
            String unit = pv.unit();
            if (!unit.isEmpty()) {
                units.add(unit);
            }
            categories.add(post.category());
            if (post.startDate() != null && (since == null || post.startDate().compareTo(since) < 0)) {
                since = post.startDate();
            }
            oneShoulder |= post.oneShoulder() || PostType.一肩挑.label().equals(post.postType());
            cross |= post.crossPost();
        }
        return new CadreRow(p.id(), p.name(), p.gender(), age(p.birthDate(), today), highestEducation(p),
                p.politicalStatus(), PersonalData.idNumberFor(session, p.idNumber()), String.join("、", titles),
                String.join("、", units), since, oneShoulder, cross, PersonalData.phoneFor(session, p.phone()), current,
                categories);
    }

    /** Reserve cadres in the register at {@code asOf} (the quarter's end), optionally of one village. */
    public List<ReserveRow> reserves(Long villageId, LocalDate asOf) {
        session.current();
        List<ReserveRow> rows = new ArrayList<>();
        for (ReserveView r : db.read(c -> repo.reserves(c, asOf.toString()))) {
            if (villageId != null && villageId != r.villageId()) {
                continue;
            }
            Person p = r.person();
            rows.add(new ReserveRow(r.id(), p.id(), r.villageId(), r.villageName(), p.name(), p.gender(),
                    age(p.birthDate(), asOf), highestEducation(p), p.politicalStatus(), p.occupation(), r.entryDate(),
                    r.direction(), r.training(), PersonalData.phoneFor(session, p.phone())));
        }
        return rows;
    }

    /** The county check for every village (villages without reserve cadres fail it), at {@code asOf}. */
    public List<ReserveCheck> reserveChecks(LocalDate asOf) {
        session.current();
        List<VillageRef> villages = db.read(repo::villages);
        List<ReserveView> reserves = db.read(c -> repo.reserves(c, asOf.toString()));
        List<ReserveCheck> out = new ArrayList<>();
        for (VillageRef v : villages) {
            int count = 0;
            int educated = 0;
            int aged = 0;
            for (ReserveView r : reserves) {
                if (r.villageId() != v.id()) {
                    continue;
                }
                count++;
                Education edu = highest(r.person());
                if (edu != null && edu.rank() >= Education.高中.rank()) {
                    educated++;
                }
                Integer age = age(r.person().birthDate(), asOf);
                if (age != null && age >= RESERVE_AGE_MIN && age <= RESERVE_AGE_MAX) {
                    aged++;
                }
            }
            out.add(new ReserveCheck(v.id(), v.name(), count, educated, aged));
        }
        return out;
    }

    /** A person and their posts for the editor. */
    public CadreDetail detail(long personId) {
        session.current();
        return db.read(c -> {
            Person p = repo.person(c, personId);
            if (p == null) {
                throw new UserFacingException("找不到该人员（编号 " + personId + "），可能已被合并。");
            }
            if (!session.hasTownshipScope() && repo.postsOf(c, personId).isEmpty() && repo.reserves(c,
                    LocalDate.now().toString()).stream().noneMatch(r -> r.person().id() == personId)) {
                // not a cadre: a household member, whom a grid worker reads through their own grid only
                session.requireRead(null);
            }
            List<PostView> posts = repo.postsOf(c, personId).stream()
                    .map(pv -> new PostView(masked(pv.person()), pv.post(), pv.villageName(), pv.gridName())).toList();
            return new CadreDetail(masked(p), posts);
        });
    }

    /** The person holding this ID number, if any (for "open instead of creating a duplicate"). */
    public java.util.Optional<Long> personWithIdNumber(String rawIdNumber) {
        session.current();
        Parsed<IdNumber> id = IdNumbers.parse(rawIdNumber);
        if (id.value() == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.ofNullable(db.read(c -> repo.personByIdNumber(c, id.value().value())))
                .map(Person::id);
    }

    /** True when the signed-in user may change this person's records. */
    public boolean canEdit(List<PostView> posts) {
        if (session.canEdit(null)) {
            return true;
        }
        return posts != null && posts.stream().anyMatch(pv -> pv.post().gridId() != null
                && session.canEdit(pv.post().gridId()));
    }

    // ------------------------------------------------------------------ writing

    /**
     * Saves the editor: validates everything first (refusing with the problems per field), then writes the
     * person, new posts and endings in one transaction with their audit records.
     *
     * @return the person's id
     * @throws InvalidCadreException  with Chinese messages per field
     * @throws ExistingPersonException when a new person's ID number already belongs to someone
     */
    public long save(CadreEdit edit) {
        return save(edit, null);
    }

    /**
     * As {@link #save(CadreEdit)}, with the reason for a post's 任职 or 离任 month inside a quarter already
     * submitted (报送, #15; 村干部队伍结构统计表); {@code endPost}, {@code addReserve} and {@code endReserve}
     * take it the same way.
     *
     * @throws SubmittedQuarterException when such a month is in the save and the reason is blank (nothing is written)
     */
    public long save(CadreEdit edit, String lateEditReason) {
        Map<String, String> problems = new LinkedHashMap<>();
        Person input = validatePerson(edit.person(), problems);
        LocalDate today = LocalDate.now();
        List<Post> newPosts = new ArrayList<>();
        for (PostInput pi : edit.newPosts()) {
            Post p = validatePost(pi, today, problems);
            if (p != null) {
                newPosts.add(p);
            }
        }
        Map<Long, FuzzyDate> endings = new LinkedHashMap<>();
        for (PostEnd end : edit.endings()) {
            FuzzyDate month = month("离任时间", end.endMonth(), true, today, problems);
            if (month != null) {
                endings.put(end.postId(), month);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidCadreException(problems);
        }
        return db.write(c -> {
            List<PostView> existingPosts = edit.personId() == null ? List.of() : repo.postsOf(c, edit.personId());
            requireEdit(existingPosts, newPosts);
            if (input.idNumber() != null) {
                Person holder = repo.personByIdNumber(c, input.idNumber());
                if (holder != null && (edit.personId() == null || holder.id() != edit.personId())) {
                    throw new ExistingPersonException(holder.id(), holder.name());
                }
            }
            long personId;
            if (edit.personId() == null) {
                personId = repo.insertPerson(c, input);
                audit.record(c, AuditAction.CREATE, AUDIT_ENTITY, String.valueOf(personId), "新增干部 " + input.name(),
                        FieldChanges.between(Map.of(), personFields(input)));
            } else {
                personId = edit.personId();
                Person before = repo.person(c, personId);
                if (before == null) {
                    throw new UserFacingException("找不到该人员（编号 " + personId + "），未保存。");
                }
                Person after = input.withId(personId);
                var changes = FieldChanges.between(personFields(before), personFields(after));
                if (!changes.isEmpty()) {
                    repo.updatePerson(c, after);
                    audit.record(c, AuditAction.UPDATE, AUDIT_ENTITY, String.valueOf(personId),
                            "修改干部 " + after.name(), changes);
                }
            }
            List<DatedFact> facts = new ArrayList<>();
            List<Audited> posts = new ArrayList<>();
            for (Post p : newPosts) {
                Post withPerson = new Post(0, personId, p.postType(), p.category(), p.villageId(), p.gridId(),
                        p.dispatchUnit(), p.dispatchLevel(), p.fullTime(), p.startDate(), p.endDate(), p.oneShoulder(),
                        p.crossPost(), p.source(), p.notes());
                long postId = repo.insertPost(c, withPerson);
                // a post already over when entered only touches the quarters it was held in
                facts.addAll(DatedFact.moved(POST_FACT, String.valueOf(postId), null, input.name() + " " + p.postType()
                        + " 任职", p.startDate() == null ? LocalDate.MIN : p.startDate().firstDay(),
                        p.endDate() == null ? LocalDate.MAX : p.endDate().firstDay()));
                posts.add(new Audited(AuditAction.CREATE, "新增职务 " + input.name() + " " + p.postType()
                        + "（职务编号 " + postId + "）", FieldChanges.between(Map.of(), postFields(withPerson))));
            }
            for (Map.Entry<Long, FuzzyDate> e : endings.entrySet()) {
                posts.add(endPostIn(c, personId, e.getKey(), e.getValue(), facts));
            }
            recordAll(c, personId, posts, guard.check(c, facts, lateEditReason, session.who()));
            return personId;
        });
    }

    /** Ends one post in {@code endMonth} (typed text, e.g. 2026.09); the post and its history stay. */
    public void endPost(long postId, String endMonth) {
        endPost(postId, endMonth, null);
    }

    /** Ending a post in a month inside a submitted quarter needs the reason (see {@link #save(CadreEdit, String)}). */
    public void endPost(long postId, String endMonth, String lateEditReason) {
        Map<String, String> problems = new LinkedHashMap<>();
        FuzzyDate month = month("离任时间", endMonth, true, LocalDate.now(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidCadreException(problems);
        }
        db.writeVoid(c -> {
            Post post = repo.post(c, postId);
            if (post == null) {
                throw new UserFacingException("找不到该职务（编号 " + postId + "）。");
            }
            requireEdit(repo.postsOf(c, post.personId()), List.of());
            List<DatedFact> facts = new ArrayList<>();
            Audited ended = endPostIn(c, post.personId(), postId, month, facts);
            recordAll(c, post.personId(), List.of(ended), guard.check(c, facts, lateEditReason, session.who()));
        });
    }

    /** Ends the post; its audit record is written by the caller, after the late-edit check. */
    private Audited endPostIn(Connection c, long personId, long postId, FuzzyDate end, List<DatedFact> facts)
            throws SQLException {
        Post post = repo.post(c, postId);
        if (post == null || post.personId() != personId) {
            throw new UserFacingException("找不到该职务（编号 " + postId + "）。");
        }
        if (post.endDate() != null) {
            throw new UserFacingException("该职务（" + post.postType() + "）已于 " + post.endDate().toDisplay()
                    + " 离任，无需再次结束。");
        }
        if (post.startDate() != null && end.compareTo(post.startDate().truncatedTo(FuzzyDate.Precision.MONTH)) < 0) {
            throw new InvalidCadreException(Map.of("离任时间", "离任时间 " + end.toDisplay() + " 早于任职时间 "
                    + post.startDate().toDisplay()));
        }
        repo.endPost(c, postId, end);
        Person person = repo.person(c, personId);
        String name = person == null ? "" : person.name();
        fact(facts, POST_FACT, postId, name + " " + post.postType() + " 离任", end);
        return new Audited(AuditAction.UPDATE, "结束职务 " + name + " " + post.postType() + "（职务编号 " + postId + "）",
                List.of(new FieldChange("离任时间", null, end.toDisplay())));
    }

    /** An audit record held back until the late-edit check, so that the last one can say what it found. */
    private record Audited(AuditAction action, String summary, List<FieldChange> changes) {
    }

    private void recordAll(Connection c, long personId, List<Audited> records, String late) throws SQLException {
        for (int i = 0; i < records.size(); i++) {
            Audited a = records.get(i);
            audit.record(c, a.action(), AUDIT_ENTITY, String.valueOf(personId),
                    a.summary() + (i == records.size() - 1 ? late : ""), a.changes());
        }
    }

    /**
     * A post's or reserve entry's month as a dated fact of 报送. No household: the late_edit row has
     * household_id NULL, so only township-wide exports list it in 补充说明 (a village's export picks late
     * edits by their household's village) — fine, the township submits the quarter.
     */
    private static void fact(List<DatedFact> facts, String kind, long recordId, String what, FuzzyDate month) {
        if (month != null) {
            facts.add(new DatedFact(kind, String.valueOf(recordId), null, what, month.firstDay()));
        }
    }

    private void requireEdit(List<PostView> existing, List<Post> added) {
        if (session.canEdit(null)) {
            return;
        }
        boolean ownGrid = existing.stream().anyMatch(pv -> pv.post().gridId() != null
                && session.canEdit(pv.post().gridId()))
                || !added.isEmpty() && added.stream().allMatch(p -> p.gridId() != null && session.canEdit(p.gridId()));
        if (!ownGrid) {
            session.requireEdit(null);
        }
        for (Post p : added) {
            session.requireEdit(p.gridId());
        }
    }

    /**
     * Puts the person with this ID number into a village's 后备力量 register from {@code entryMonth}.
     *
     * @return the register entry's id
     */
    public long addReserve(String rawIdNumber, long villageId, String entryMonth, String direction, String training) {
        return addReserve(rawIdNumber, villageId, entryMonth, direction, training, null);
    }

    /** An entry month inside a submitted quarter needs the reason (后备力量台账; see {@link #save(CadreEdit, String)}). */
    public long addReserve(String rawIdNumber, long villageId, String entryMonth, String direction, String training,
            String lateEditReason) {
        Map<String, String> problems = new LinkedHashMap<>();
        Parsed<IdNumber> id = IdNumbers.parse(rawIdNumber);
        if (id.hasError()) {
            problems.put("身份证号", errors(id));
        } else if (id.value() == null) {
            problems.put("身份证号", "请填写身份证号");
        }
        FuzzyDate entry = month("入库时间", entryMonth, true, LocalDate.now(), problems);
        if (entry == null && !problems.containsKey("入库时间")) {
            problems.put("入库时间", "请填写入库时间，如 2026.03");
        }
        if (!problems.isEmpty()) {
            throw new InvalidCadreException(problems);
        }
        return db.write(c -> {
            session.requireEdit(null);
            Person p = repo.personByIdNumber(c, id.value().value());
            if (p == null) {
                throw new UserFacingException("没有身份证号为 " + id.value().value()
                        + " 的人员。请先在“干部名册”中新增该人员，再加入后备力量。");
            }
            if (repo.inReserve(c, p.id(), villageId)) {
                throw new UserFacingException("“" + p.name() + "”已在该村的后备力量中。");
            }
            long reserveId = repo.insertReserve(c, p.id(), villageId, entry, trimmed(direction), trimmed(training));
            List<DatedFact> facts = new ArrayList<>();
            fact(facts, RESERVE_FACT, reserveId, p.name() + " 后备力量 入库", entry);
            String late = guard.check(c, facts, lateEditReason, session.who());
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("入库时间", entry.toDisplay());
            fields.put("拟培养方向", trimmed(direction));
            fields.put("培养措施", trimmed(training));
            audit.record(c, AuditAction.CREATE, AUDIT_ENTITY, String.valueOf(p.id()),
                    "加入后备力量 " + p.name() + "（村编号 " + villageId + "）" + late,
                    FieldChanges.between(Map.of(), fields));
            return reserveId;
        });
    }

    /** Takes a reserve cadre out of the register in {@code exitMonth}; the entry stays as history. */
    public void endReserve(long reserveId, String exitMonth) {
        endReserve(reserveId, exitMonth, null);
    }

    /** An exit month inside a submitted quarter needs the reason (see {@link #save(CadreEdit, String)}). */
    public void endReserve(long reserveId, String exitMonth, String lateEditReason) {
        Map<String, String> problems = new LinkedHashMap<>();
        FuzzyDate exit = month("出库时间", exitMonth, true, LocalDate.now(), problems);
        if (exit == null && problems.isEmpty()) {
            problems.put("出库时间", "请填写出库时间，如 2026.09");
        }
        if (!problems.isEmpty()) {
            throw new InvalidCadreException(problems);
        }
        db.writeVoid(c -> {
            session.requireEdit(null);
            ReserveView r = repo.reserve(c, reserveId);
            if (r == null || r.exitDate() != null) {
                throw new UserFacingException("该后备力量记录不存在或已出库。");
            }
            if (r.entryDate() != null && exit.compareTo(r.entryDate().truncatedTo(FuzzyDate.Precision.MONTH)) < 0) {
                throw new UserFacingException("出库时间 " + exit.toDisplay() + " 早于入库时间 " + r.entryDate().toDisplay() + "。");
            }
            repo.endReserve(c, reserveId, exit);
            List<DatedFact> facts = new ArrayList<>();
            fact(facts, RESERVE_FACT, reserveId, r.person().name() + " 后备力量 出库", exit);
            String late = guard.check(c, facts, lateEditReason, session.who());
            audit.record(c, AuditAction.UPDATE, AUDIT_ENTITY, String.valueOf(r.person().id()),
                    "移出后备力量 " + r.person().name() + "（" + r.villageName() + "）" + late,
                    List.of(new FieldChange("出库时间", null, exit.toDisplay())));
        });
    }

    // ------------------------------------------------------------------ validation

    private Person validatePerson(PersonInput in, Map<String, String> problems) {
        LocalDate today = LocalDate.now();
        String name = trimmed(in.name());
        if (name == null) {
            problems.put("姓名", "请填写姓名");
        } else if (name.length() > 30) {
            problems.put("姓名", "姓名过长（最多30个字）");
        }
        String idNumber = null;
        IdNumber id = null;
        Parsed<IdNumber> parsedId = IdNumbers.parse(in.idNumber());
        if (parsedId.hasError()) {
            problems.put("身份证号", errors(parsedId));
        } else if (parsedId.value() != null) {
            id = parsedId.value();
            idNumber = id.value();
        }
        String gender = trimmed(in.gender());
        if (gender != null && !gender.equals("男") && !gender.equals("女")) {
            problems.put("性别", "性别应为“男”或“女”");
        }
        FuzzyDate birth = month("出生年月", in.birthMonth(), true, today, problems);
        if (id != null) {
            cn.gridledger.model.Gender given = gender == null ? null
                    : gender.equals("男") ? cn.gridledger.model.Gender.男 : cn.gridledger.model.Gender.女;
            for (Issue issue : IdNumbers.crossCheck(id, given, birth)) {
                problems.put(issue.message().startsWith("性别") ? "性别" : "出生年月", issue.message());
            }
            if (gender == null) {
                gender = id.gender().label();
            }
            if (birth == null) {
                birth = FuzzyDate.of(id.birthDate()).truncatedTo(FuzzyDate.Precision.MONTH);
            }
        }
        String ethnicity = null;
        if (trimmed(in.ethnicity()) != null) {
            ethnicity = Ethnicity.match(in.ethnicity()).map(Ethnicity::code).orElse(null);
            if (ethnicity == null) {
                problems.put("民族", "无法识别的民族「" + in.ethnicity().trim() + "」");
            }
        }
        String political = null;
        if (trimmed(in.politicalStatus()) != null) {
            political = PoliticalStatus.match(in.politicalStatus()).map(PoliticalStatus::label).orElse(null);
            if (political == null) {
                problems.put("政治面貌", "无法识别的政治面貌「" + in.politicalStatus().trim() + "」");
            }
        }
        FuzzyDate partyJoin = month("入党时间", in.partyJoinMonth(), true, today, problems);
        FuzzyDate workStart = month("参加工作时间", in.workStartMonth(), true, today, problems);
        if (birth != null && partyJoin != null && partyJoin.compareTo(birth) <= 0) {
            problems.put("入党时间", "入党时间应晚于出生年月");
        }
        if (birth != null && workStart != null && workStart.compareTo(birth) <= 0) {
            problems.put("参加工作时间", "参加工作时间应晚于出生年月");
        }
        String phone = null;
        Parsed<String> parsedPhone = Phones.parse(in.phone());
        if (parsedPhone.hasError()) {
            problems.put("联系电话", errors(parsedPhone));
        } else {
            phone = parsedPhone.value();
        }
        String eduFull = education("全日制学历", in.eduFulltime(), problems);
        String eduIn = education("在职学历", in.eduInservice(), problems);
        return new Person(0, name, idNumber, gender, birth, ethnicity, political, partyJoin, workStart,
                trimmed(in.nativePlace()), phone,
                new Person.Education(eduFull, trimmed(in.degreeFulltime()), trimmed(in.schoolFulltime())),
                new Person.Education(eduIn, trimmed(in.degreeInservice()), trimmed(in.schoolInservice())),
                trimmed(in.title()), trimmed(in.occupation()));
    }

    private static String education(String field, String raw, Map<String, String> problems) {
        if (trimmed(raw) == null) {
            return null;
        }
        return Education.match(raw).map(Education::label).orElseGet(() -> {
            problems.put(field, "无法识别的学历「" + raw.trim() + "」");
            return null;
        });
    }

    private Post validatePost(PostInput in, LocalDate today, Map<String, String> problems) {
        int before = problems.size();
        PostType type = PostType.match(in.postType()).orElse(null);
        if (type == null) {
            problems.put("职务", trimmed(in.postType()) == null ? "请选择职务" : "无法识别的职务「" + in.postType().trim() + "」");
            return null;
        }
        CadreCategory category = trimmed(in.category()) == null ? defaultCategory(type)
                : CadreCategory.match(in.category()).orElse(null);
        if (category == null) {
            problems.put("干部类别", "无法识别的干部类别「" + in.category().trim() + "」");
        }
        boolean dispatched = type == PostType.第一书记 || type == PostType.驻村工作队长 || type == PostType.驻村工作队员;
        if (in.villageId() == null && !dispatched && category != CadreCategory.乡镇干部) {
            problems.put("所在村", "请选择所在村");
        }
        String unit = trimmed(in.dispatchUnit());
        if (dispatched && unit == null) {
            problems.put("派出单位", type.label() + "须填写派出单位");
        }
        String level = null;
        if (trimmed(in.dispatchLevel()) != null) {
            level = DispatchLevel.match(in.dispatchLevel()).map(DispatchLevel::name).orElse(null);
            if (level == null) {
                problems.put("派出单位级别", "派出单位级别应为 中央/省/市/县/乡");
            }
        }
        FuzzyDate start = month("任职时间", in.startMonth(), true, today, problems);
        if (start == null && !problems.containsKey("任职时间")) {
            problems.put("任职时间", "请填写任职时间，如 2021.03");
        }
        FuzzyDate end = month("离任时间", in.endMonth(), true, today, problems);
        if (start != null && end != null && end.compareTo(start) < 0) {
            problems.put("离任时间", "离任时间早于任职时间");
        }
        if (problems.size() > before) {
            return null;
        }
        return new Post(0, 0, type.label(), category.label(), in.villageId(), in.gridId(), unit, level, in.fullTime(),
                start, end, in.oneShoulder() || type == PostType.一肩挑, in.crossPost(), trimmed(in.source()), null);
    }

    /** The category a post type belongs to when the editor leaves it open. */
    public static CadreCategory defaultCategory(PostType type) {
        return switch (type) {
            case 第一书记, 驻村工作队长, 驻村工作队员 -> CadreCategory.驻村干部;
            case 包村干部 -> CadreCategory.乡镇干部;
            case 网格长, 网格员 -> CadreCategory.网格员;
            default -> CadreCategory.村两委;
        };
    }

    /**
     * A date as precise as typed (1985.03 stays a month, a known day is kept, nothing is invented), not
     * later than this month.
     */
    private static FuzzyDate month(String field, String raw, boolean notFuture, LocalDate today,
            Map<String, String> problems) {
        Parsed<FuzzyDate> p = Dates.parse(raw);
        if (p.hasError()) {
            problems.put(field, field + "：" + errors(p));
            return null;
        }
        FuzzyDate d = p.value();
        if (d == null) {
            return null;
        }
        if (notFuture && d.firstDay().isAfter(today)) {
            problems.put(field, field + "不能晚于本月");
            return null;
        }
        return d;
    }

    private static String errors(Parsed<?> p) {
        return p.issues().stream().filter(Issue::isError).map(Issue::message)
                .collect(java.util.stream.Collectors.joining("；"));
    }

    // ------------------------------------------------------------------ helpers

    private Person masked(Person p) {
        if (!session.mustMaskPersonalData()) {
            return p;
        }
        return new Person(p.id(), p.name(), PersonalData.maskIdNumber(p.idNumber()), p.gender(), p.birthDate(),
                p.ethnicity(), p.politicalStatus(), p.partyJoinDate(), p.workStartDate(), p.nativePlace(),
                PersonalData.maskPhone(p.phone()), p.fullTime(), p.inService(), p.title(), p.occupation());
    }

    /** Age in whole years on {@code day}; a month-precise birth counts as having had its birthday that month. */
    public static Integer age(FuzzyDate birth, LocalDate day) {
        if (birth == null) {
            return null;
        }
        int age = day.getYear() - birth.year();
        if (birth.month() != 0 && (day.getMonthValue() < birth.month()
                || day.getMonthValue() == birth.month() && birth.day() != 0 && day.getDayOfMonth() < birth.day())) {
            age--;
        }
        return age;
    }

    private static Education highest(Person p) {
        Education full = p.fullTime() == null ? null : education(p.fullTime().level());
        Education inService = p.inService() == null ? null : education(p.inService().level());
        return Education.highest(full, inService);
    }

    /** Stored wordings are few (大专, 大学本科 …) and matching runs regexes: remember each answer. */
    private static final Map<String, java.util.Optional<Education>> EDUCATION_WORDING =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static Education education(String stored) {
        if (stored == null || stored.isBlank()) {
            return null;
        }
        return EDUCATION_WORDING.computeIfAbsent(stored, Education::match).orElse(null);
    }

    /** 学历 shown in lists: the higher of 全日制 and 在职, as its label. */
    private static String highestEducation(Person p) {
        Education e = highest(p);
        return e == null ? "" : e.label();
    }

    /** Grid names repeat their village (石家沟村第一网格); next to the village column the rest is enough. */
    static String withoutVillage(String gridName, String villageName) {
        if (villageName != null && gridName.startsWith(villageName) && gridName.length() > villageName.length()) {
            return gridName.substring(villageName.length());
        }
        return gridName;
    }

    private static String normalisedSearch(String raw) {
        return raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
    }

    private static boolean matches(Person p, String search) {
        return p.name() != null && p.name().contains(search)
                || p.idNumber() != null && p.idNumber().toUpperCase(Locale.ROOT).endsWith(search)
                || p.phone() != null && p.phone().contains(search);
    }

    private static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Map<String, Object> personFields(Person p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("姓名", p.name());
        m.put("身份证号", p.idNumber());
        m.put("性别", p.gender());
        m.put("出生年月", display(p.birthDate()));
        m.put("民族", p.ethnicity());
        m.put("政治面貌", p.politicalStatus());
        m.put("入党时间", display(p.partyJoinDate()));
        m.put("参加工作时间", display(p.workStartDate()));
        m.put("籍贯", p.nativePlace());
        m.put("联系电话", p.phone());
        putEducation(m, "全日制", p.fullTime());
        putEducation(m, "在职", p.inService());
        m.put("专业技术职务", p.title());
        m.put("现工作单位或职业", p.occupation());
        return m;
    }

    private static void putEducation(Map<String, Object> m, String track, Person.Education e) {
        m.put(track + "学历", e == null ? null : e.level());
        m.put(track + "学位", e == null ? null : e.degree());
        m.put(track + "毕业院校及专业", e == null ? null : e.school());
    }

    private static Map<String, Object> postFields(Post p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("职务", p.postType());
        m.put("干部类别", p.category());
        m.put("所在村编号", p.villageId());
        m.put("网格编号", p.gridId());
        m.put("派出单位", p.dispatchUnit());
        m.put("派出单位级别", p.dispatchLevel());
        m.put("任职时间", display(p.startDate()));
        m.put("离任时间", display(p.endDate()));
        m.put("一肩挑", p.oneShoulder() ? "是" : "否");
        m.put("交叉任职", p.crossPost() ? "是" : "否");
        m.put("来源", p.source());
        return m;
    }

    private static String display(FuzzyDate d) {
        return d == null ? null : d.toDisplay();
    }
}
