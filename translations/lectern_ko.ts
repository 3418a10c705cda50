<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
<context>
    <name>Lectern::AnnotateDialog</name>
    <message>
        <source>Annotate Passage</source>
        <translation>구절에 주석 달기</translation>
    </message>
    <message>
        <source>Passage:</source>
        <translation>구절:</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Choose a code or type a new one</source>
        <translation>코드를 선택하거나 새 코드를 입력하십시오</translation>
    </message>
    <message>
        <source>Code colour</source>
        <translation>코드 색상</translation>
    </message>
    <message>
        <source>Colour of a new code</source>
        <translation>새 코드의 색상</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>코드(&amp;C):</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>메모(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation>주석 달기(&amp;A)</translation>
    </message>
    <message>
        <source>Code Colour</source>
        <translation>코드 색상</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>색상…</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>색상</translation>
    </message>
    <message>
        <source>Why this passage matters (optional, Markdown)</source>
        <translation>이 구절이 중요한 이유 (선택, Markdown)</translation>
    </message>
</context>
<context>
    <name>Lectern::AnnotationFilterBar</name>
    <message>
        <source>Filter passages, notes, codes…</source>
        <translation>구절, 메모, 코드로 거르기…</translation>
    </message>
    <message>
        <source>Filter annotations by text</source>
        <translation>텍스트로 주석 거르기</translation>
    </message>
    <message>
        <source>Filter annotations by code</source>
        <translation>코드로 주석 거르기</translation>
    </message>
    <message>
        <source>This statement</source>
        <translation>이 성명</translation>
    </message>
    <message>
        <source>All statements</source>
        <translation>모든 성명</translation>
    </message>
    <message>
        <source>Show the annotations of</source>
        <translation>주석을 표시할 범위</translation>
    </message>
    <message>
        <source>All codes</source>
        <translation>모든 코드</translation>
    </message>
    <message>
        <source>Without a code</source>
        <translation>코드 없음</translation>
    </message>
</context>
<context>
    <name>Lectern::AnnotationModel</name>
    <message>
        <source>Passage</source>
        <translation>구절</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
</context>
<context>
    <name>Lectern::AnnotationsPanel</name>
    <message>
        <source>Annotations</source>
        <translation>주석</translation>
    </message>
    <message>
        <source>&amp;Add Code</source>
        <translation>코드 추가(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove Code</source>
        <translation>코드 제거(&amp;R)</translation>
    </message>
</context>
<context>
    <name>Lectern::Autosaver</name>
    <message>
        <source>an untitled project</source>
        <translation>제목 없는 프로젝트</translation>
    </message>
    <message>
        <source>Lectern could not create the recovery folder “%1”.</source>
        <translation>Lectern이 복구 폴더 “%1”을(를) 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>Lectern could not lock its recovery copy in “%1”.</source>
        <translation>Lectern이 “%1”에 있는 복구 사본을 잠글 수 없습니다.</translation>
    </message>
    <message>
        <source>Lectern refused to write its recovery copy over the project file itself.</source>
        <translation>Lectern은 복구 사본을 프로젝트 파일 자체에 덮어쓰지 않았습니다.</translation>
    </message>
    <message>
        <source>Lectern could not write its recovery copy: %1</source>
        <translation>Lectern이 복구 사본을 쓸 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The recovered copy of %1 could not be opened: %2</source>
        <translation>%1의 복구 사본을 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The recovered copy of %1 could not be read: %2</source>
        <translation>%1의 복구 사본을 읽을 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>Lectern::BatchExport</name>
    <message>
        <source>statement</source>
        <translation>성명서</translation>
    </message>
    <message>
        <source>Exporting annotated PDFs…</source>
        <translation>주석 달린 PDF를 내보내는 중…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Exporting “%1” (%2 of %3)…</source>
        <translation>“%1” 내보내는 중 (%3개 중 %2번째)…</translation>
    </message>
    <message>
        <source>Exporting one combined PDF…</source>
        <translation>하나로 합친 PDF를 내보내는 중…</translation>
    </message>
    <message>
        <source>Exporting “%1” (step %2 of %3)…</source>
        <translation>“%1” 내보내는 중 (%3단계 중 %2단계)…</translation>
    </message>
    <message>
        <source>One PDF per statement</source>
        <translation>성명서마다 PDF 하나</translation>
    </message>
    <message>
        <source>One combined PDF of all statements</source>
        <translation>모든 성명서를 합친 PDF 하나</translation>
    </message>
    <message>
        <source>Export All Statements</source>
        <translation>모든 성명서 내보내기</translation>
    </message>
    <message>
        <source>Write:</source>
        <translation>쓰기:</translation>
    </message>
</context>
<context>
    <name>Lectern::CodeStatistics</name>
    <message>
        <source>Statement</source>
        <translation>성명서</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>합계</translation>
    </message>
</context>
<context>
    <name>Lectern::CodeStatisticsDialog</name>
    <message>
        <source>Code Statistics</source>
        <translation>코드 통계</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <source>Overlapping annotations with both codes; the diagonal counts the annotations with the code</source>
        <translation>두 코드가 모두 달린 겹치는 주석 수; 대각선은 해당 코드가 달린 주석 수입니다</translation>
    </message>
    <message>
        <source>Code frequencies per statement</source>
        <translation>성명서별 코드 빈도</translation>
    </message>
    <message>
        <source>Code co-occurrences</source>
        <translation>코드 동시 출현</translation>
    </message>
    <message>
        <source>&amp;Frequencies</source>
        <translation>빈도(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Co-occurrences</source>
        <translation>동시 출현(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV로 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV로 내보내기</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>Cannot Export</source>
        <translation>내보낼 수 없음</translation>
    </message>
    <message>
        <source>%1 was not written.

%2</source>
        <translation>%1을(를) 쓰지 못했습니다.

%2</translation>
    </message>
</context>
<context>
    <name>Lectern::CodebookPanel</name>
    <message>
        <source>Codebook</source>
        <translation>코드북</translation>
    </message>
    <message>
        <source>&amp;New Code…</source>
        <translation>새 코드(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>이름 바꾸기(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>색상(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Description…</source>
        <translation>설명(&amp;D)…</translation>
    </message>
    <message>
        <source>De&amp;lete Code</source>
        <translation>코드 삭제(&amp;L)</translation>
    </message>
    <message>
        <source>New Code</source>
        <translation>새 코드</translation>
    </message>
    <message>
        <source>Name of the code:</source>
        <translation>코드 이름:</translation>
    </message>
    <message>
        <source>Rename Code</source>
        <translation>코드 이름 바꾸기</translation>
    </message>
    <message>
        <source>New name of “%1”:</source>
        <translation>“%1”의 새 이름:</translation>
    </message>
    <message>
        <source>There is already a code named “%1”.</source>
        <translation>“%1”이라는 코드가 이미 있습니다.</translation>
    </message>
    <message>
        <source>Colour of “%1”</source>
        <translation>“%1”의 색상</translation>
    </message>
    <message>
        <source>Describe Code</source>
        <translation>코드 설명</translation>
    </message>
    <message>
        <source>What “%1” means:</source>
        <translation>“%1”의 의미:</translation>
    </message>
    <message>
        <source>Delete Code</source>
        <translation>코드 삭제</translation>
    </message>
    <message>
        <source>New &amp;Subcode…</source>
        <translation>새 하위 코드(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>다른 코드에 병합(&amp;M)…</translation>
    </message>
    <message>
        <source>Move to &amp;Top Level</source>
        <translation>최상위로 이동(&amp;T)</translation>
    </message>
    <message>
        <source>New Subcode</source>
        <translation>새 하위 코드</translation>
    </message>
    <message>
        <source>Name of the code under “%1”:</source>
        <translation>“%1” 아래에 만들 코드의 이름:</translation>
    </message>
    <message>
        <source>Merge Code</source>
        <translation>코드 병합</translation>
    </message>
    <message>
        <source>There is no other code to merge into.</source>
        <translation>병합할 다른 코드가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Merge “%1” into (%n annotation(s) get the chosen code instead; its subcodes move under it; you can undo this):</source>
        <translation>
            <numerusform>“%1”을(를) 병합할 코드(주석 %n개가 대신 선택한 코드를 갖게 되고, 하위 코드는 그 아래로 옮겨집니다. 실행 취소할 수 있습니다):</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the code “%1”?</source>
        <translation>코드 “%1”을(를) 삭제할까요?</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) carry it; they stay, without it (as plain highlights when it is their only code).</source>
        <translation>
            <numerusform>주석 %n개에 이 코드가 달려 있습니다. 주석은 이 코드 없이 남습니다(유일한 코드였다면 일반 강조 표시로 남습니다).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n subcode(s) move up in its place.</source>
        <translation>
            <numerusform>하위 코드 %n개는 그 자리로 올라갑니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this.</source>
        <translation>실행 취소할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>Lectern::CommandLine</name>
    <message>
        <source>One JSON object a line per file.</source>
        <translation>파일마다 JSON 객체 하나를 한 줄로 출력합니다.</translation>
    </message>
    <message>
        <source>Counts only.</source>
        <translation>개수만 출력합니다.</translation>
    </message>
    <message>
        <source>Statements to analyse.</source>
        <translation>분석할 성명서.</translation>
    </message>
    <message>
        <source>analyze needs at least one FILE</source>
        <translation>analyze에는 FILE이 하나 이상 필요합니다</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>경고: </translation>
    </message>
    <message>
        <source>%1: %2 quotations (%3 with a speaker), %4 entity mentions</source>
        <translation>%1: 인용문 %2개 (화자 확인 %3개), 개체 언급 %4개</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>인용문</translation>
    </message>
    <message>
        <source>(speaker unknown)</source>
        <translation>(화자 미상)</translation>
    </message>
    <message>
        <source>The PDF to write.</source>
        <translation>쓸 PDF 파일.</translation>
    </message>
    <message>
        <source>Also mark recognised quotes and/or entities: quotes,entities.</source>
        <translation>인식된 인용문과/또는 개체도 표시합니다: quotes,entities.</translation>
    </message>
    <message>
        <source>Author of the annotations.</source>
        <translation>주석 작성자.</translation>
    </message>
    <message>
        <source>A statement or a .lectern project.</source>
        <translation>성명서 또는 .lectern 프로젝트.</translation>
    </message>
    <message>
        <source>export-pdf needs exactly one FILE</source>
        <translation>export-pdf에는 FILE이 정확히 하나 필요합니다</translation>
    </message>
    <message>
        <source>export-pdf needs -o OUT.pdf</source>
        <translation>export-pdf에는 -o OUT.pdf가 필요합니다</translation>
    </message>
    <message>
        <source>--include takes quotes, entities or annotations, not &apos;%1&apos;</source>
        <translation>--include에는 quotes, entities, annotations만 쓸 수 있으며 &apos;%1&apos;은(는) 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>the project %1 holds no statement to export</source>
        <translation>프로젝트 %1에 내보낼 성명서가 없습니다</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n highlight annotation(s))</source>
        <translation>
            <numerusform>%1을(를) 썼습니다 (강조 주석 %n개)</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>알 수 없는 명령 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Leave out the appendix (annotations by page, codebook).</source>
        <translation>부록(쪽별 주석, 코드북)을 넣지 않습니다.</translation>
    </message>
    <message>
        <source>Usage:
  lectern [FILE...]                      open statements or a project in the window
  lectern analyze [--json] FILE...       list the quotations (with speakers) and entities
  lectern export-pdf FILE -o OUT.pdf [--include quotes,entities]
                                         write the annotated PDF of a statement or project
  lectern export-pdf PROJECT.lectern --combined -o OUT.pdf
                                         all the project&apos;s statements in one annotated PDF
  lectern --help | --version

analyze --json prints one JSON object a line per file: {&quot;file&quot;, &quot;quotes&quot;: [{&quot;start&quot;, &quot;end&quot;,
&quot;text&quot;, &quot;kind&quot;, &quot;speaker&quot;}], &quot;entities&quot;: [{&quot;start&quot;, &quot;end&quot;, &quot;text&quot;, &quot;type&quot;, &quot;canonical&quot;}],
&quot;references&quot;: [the same, for the pronouns and descriptions of an entity: &quot;he&quot;, &quot;the country&quot;]},
offsets in Unicode code points into the file&apos;s text, end exclusive.
</source>
        <translation>사용법:
  lectern [FILE...]                      성명서나 프로젝트를 창에서 엽니다
  lectern analyze [--json] FILE...       인용문(화자 포함)과 개체를 나열합니다
  lectern export-pdf FILE -o OUT.pdf [--include quotes,entities]
                                         성명서나 프로젝트의 주석 달린 PDF를 씁니다
  lectern export-pdf PROJECT.lectern --combined -o OUT.pdf
                                         프로젝트의 모든 성명서를 주석 달린 PDF 하나로 씁니다
  lectern --help | --version

analyze --json은 파일마다 JSON 객체 하나를 한 줄로 출력합니다: {&quot;file&quot;, &quot;quotes&quot;: [{&quot;start&quot;, &quot;end&quot;,
&quot;text&quot;, &quot;kind&quot;, &quot;speaker&quot;}], &quot;entities&quot;: [{&quot;start&quot;, &quot;end&quot;, &quot;text&quot;, &quot;type&quot;, &quot;canonical&quot;}],
&quot;references&quot;: [같은 형식, 개체를 가리키는 대명사와 지칭어: &quot;he&quot;, &quot;the country&quot;]},
오프셋은 파일 텍스트의 유니코드 코드 포인트 단위이며 끝은 포함하지 않습니다.
</translation>
    </message>
    <message>
        <source>With a project: all its statements in one PDF, one appendix, the project embedded once.</source>
        <translation>프로젝트일 때: 모든 성명서를 PDF 하나에 담고, 부록은 하나로, 프로젝트는 한 번만 넣습니다.</translation>
    </message>
    <message>
        <source>--combined needs a .lectern project</source>
        <translation>--combined에는 .lectern 프로젝트가 필요합니다</translation>
    </message>
    <message numerus="yes">
        <source> (+%n reference(s))</source>
        <translation>
            <numerusform> (+지칭 %n개)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lectern::DocumentImporter</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>파일 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The statement %1 is empty.</source>
        <translation>성명서 %1이(가) 비어 있습니다.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a statement.</source>
        <translation>%1은(는) 성명이 아니라 폴더입니다.</translation>
    </message>
    <message>
        <source>%1 is %2 MB; Lectern opens statements of up to %3 MB.</source>
        <translation>%1의 크기는 %2MB입니다. Lectern은 %3MB까지의 성명만 엽니다.</translation>
    </message>
</context>
<context>
    <name>Lectern::DocumentList</name>
    <message>
        <source>Statement</source>
        <translation>성명서</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>주석</translation>
    </message>
    <message>
        <source>Quotations</source>
        <translation>인용문</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>개체</translation>
    </message>
    <message>
        <source>Annotations made in the statement</source>
        <translation>성명서에 단 주석</translation>
    </message>
    <message>
        <source>Quotations the recogniser found</source>
        <translation>인식기가 찾은 인용문</translation>
    </message>
    <message>
        <source>Entity mentions the recogniser found</source>
        <translation>인식기가 찾은 개체 언급</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>성명서</translation>
    </message>
    <message>
        <source>&amp;Remove Statement</source>
        <translation>성명서 제거(&amp;R)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Where the statement comes from: its publisher, or its file</source>
        <translation>성명의 출처: 발행처 또는 파일</translation>
    </message>
</context>
<context>
    <name>Lectern::DocumentView</name>
    <message>
        <source>Statement text</source>
        <translation>성명서 본문</translation>
    </message>
    <message>
        <source>“%1” refers to %2 (%3)</source>
        <translation>“%1”은(는) %2을(를) 가리킵니다(%3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Quotation, speaker unknown</source>
        <translation>인용문, 화자 알 수 없음</translation>
    </message>
    <message>
        <source>Quotation by %1</source>
        <translation>%1의 인용문</translation>
    </message>
    <message>
        <source>Quotation by %1 (“%2”)</source>
        <translation>%1의 인용문(“%2”)</translation>
    </message>
</context>
<context>
    <name>Lectern::EntityCorrection</name>
    <message>
        <source>“%1” is a %2</source>
        <translation>“%1”은(는) %2입니다</translation>
    </message>
    <message>
        <source>“%1” is another name of “%2”</source>
        <translation>“%1”은(는) “%2”의 다른 이름입니다</translation>
    </message>
    <message>
        <source>“%1” is the same as “%2”</source>
        <translation>“%1”은(는) “%2”와(과) 같습니다</translation>
    </message>
    <message>
        <source>“%1” is not an entity</source>
        <translation>“%1”은(는) 개체가 아닙니다</translation>
    </message>
</context>
<context>
    <name>Lectern::EntityCorrectionCommand</name>
    <message>
        <source>Correct entities: %1</source>
        <translation>개체 수정: %1</translation>
    </message>
    <message>
        <source>Withdraw correction: %1</source>
        <translation>수정 철회: %1</translation>
    </message>
</context>
<context>
    <name>Lectern::EntityPanel</name>
    <message>
        <source>People</source>
        <translation>인물</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>조직</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>협정</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>사건</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>개체</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>언급 횟수</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>개체</translation>
    </message>
    <message>
        <source>Also written: %1</source>
        <translation>다른 표기: %1</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>인물</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>협정</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>사건</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Is a %1</source>
        <translation>%1(으)로 지정</translation>
    </message>
    <message>
        <source>Same As “%1”</source>
        <translation>“%1”와(과) 같음</translation>
    </message>
    <message>
        <source>Not an Entity</source>
        <translation>개체 아님</translation>
    </message>
    <message>
        <source>Change &amp;Type</source>
        <translation>유형 변경(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Same Entity As</source>
        <translation>같은 개체로 지정(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Annotate Every Mention</source>
        <translation>모든 언급에 주석 달기(&amp;A)</translation>
    </message>
    <message>
        <source>Add Another &amp;Name…</source>
        <translation>다른 이름 추가(&amp;N)…</translation>
    </message>
    <message>
        <source>Another Name</source>
        <translation>다른 이름</translation>
    </message>
    <message>
        <source>Another name of “%1”:</source>
        <translation>“%1”의 다른 이름:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>In %n statement(s)</source>
        <translation>
            <numerusform>성명 %n건에 등장</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” refers to %2</source>
        <translation>“%1”은(는) %2을(를) 가리킵니다</translation>
    </message>
    <message numerus="yes">
        <source>Also referred to %n time(s) by a pronoun or a description (“he”, “the country”), listed in italics</source>
        <translation>
            <numerusform>대명사나 지칭어(“he”, “the country”)로도 %n번 언급됨(기울임꼴로 표시)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lectern::FindBar</name>
    <message>
        <source>Match &amp;case</source>
        <translation>대소문자 구분(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Whole words</source>
        <translation>단어 단위(&amp;W)</translation>
    </message>
    <message>
        <source>Regular e&amp;xpression</source>
        <translation>정규 표현식(&amp;X)</translation>
    </message>
    <message>
        <source>Find in the statement</source>
        <translation>성명서에서 찾기</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>찾기</translation>
    </message>
    <message>
        <source>This statement</source>
        <translation>이 성명서</translation>
    </message>
    <message>
        <source>All statements</source>
        <translation>모든 성명서</translation>
    </message>
    <message>
        <source>Where to code the matches</source>
        <translation>일치 항목에 코드를 달 범위</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>이전 일치 항목 (Shift+F3)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>이전 일치 항목</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>다음 일치 항목 (F3)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>다음 일치 항목</translation>
    </message>
    <message>
        <source>Code &amp;All Matches…</source>
        <translation>모든 일치 항목에 코드 달기(&amp;A)…</translation>
    </message>
    <message>
        <source>Code all matches</source>
        <translation>모든 일치 항목에 코드 달기</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>닫기 (Esc)</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>찾기 표시줄 닫기</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2개 중 %1번째</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>일치 항목 없음</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>일치 항목 %n개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lectern::HtmlImporter</name>
    <message>
        <source>The page is not valid %1; invalid bytes were replaced by �.</source>
        <translation>페이지가 올바른 %1이(가) 아닙니다; 잘못된 바이트는 �로 바꾸었습니다.</translation>
    </message>
    <message>
        <source>The page&apos;s character set %1 is unknown; it was read as UTF-8.</source>
        <translation>페이지의 문자 집합 %1을(를) 알 수 없어 UTF-8로 읽었습니다.</translation>
    </message>
</context>
<context>
    <name>Lectern::MainWindow</name>
    <message>
        <source>Recognising quotations and entities…</source>
        <translation>인용문과 개체를 인식하는 중…</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>성명서</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>주석</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>개체</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>기본 도구 모음</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a statement (text or Markdown) or a Lectern project</source>
        <translation>성명서(텍스트 또는 Markdown) 또는 Lectern 프로젝트를 엽니다</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>최근 파일 열기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>다른 이름으로 저장(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Export Annotated PDF…</source>
        <translation>주석이 포함된 PDF 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Include Recognised &amp;Quotations in PDF</source>
        <translation>인식된 인용문을 PDF에 포함(&amp;Q)</translation>
    </message>
    <message>
        <source>Include Recognised E&amp;ntities in PDF</source>
        <translation>인식된 개체를 PDF에 포함(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Annotate Selection…</source>
        <translation>선택 영역에 주석 달기(&amp;A)…</translation>
    </message>
    <message>
        <source>Tag the selected passage with a code and a note</source>
        <translation>선택한 구절에 코드와 메모를 지정합니다</translation>
    </message>
    <message>
        <source>&amp;Remove Annotation</source>
        <translation>주석 제거(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>확대(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>축소(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>실제 크기(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Lectern</source>
        <translation>Lectern 정보(&amp;A)</translation>
    </message>
    <message>
        <source>About Lectern</source>
        <translation>Lectern 정보</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Lectern %1&lt;/h3&gt;&lt;p&gt;A reader and annotation tool for official statements: quotations with their speakers, named entities, codes and notes, and annotated PDFs.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Lectern %1&lt;/h3&gt;&lt;p&gt;공식 성명서를 읽고 주석을 다는 도구입니다. 인용문과 그 화자, 개체명, 코드와 메모를 다루며 주석이 포함된 PDF를 만듭니다.&lt;/p&gt;&lt;p&gt;GNU 일반 공중 사용 허가서(GPL) 버전 3 이상에 따라 배포됩니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt 정보(&amp;Q)</translation>
    </message>
    <message>
        <source>Open Statements or a Project</source>
        <translation>성명서 또는 프로젝트 열기</translation>
    </message>
    <message>
        <source>Statements and projects (%1 *.lectern);;Lectern projects (*.lectern);;All files (*)</source>
        <translation>성명서 및 프로젝트 (%1 *.lectern);;Lectern 프로젝트 (*.lectern);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Cannot Open Project</source>
        <translation>프로젝트를 열 수 없음</translation>
    </message>
    <message>
        <source>Lectern could not open the project %1.

%2</source>
        <translation>Lectern에서 프로젝트 %1을(를) 열 수 없습니다.

%2</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1을(를) 열었습니다</translation>
    </message>
    <message>
        <source>Cannot Open Statement</source>
        <translation>성명서를 열 수 없음</translation>
    </message>
    <message>
        <source>Statement Opened with Problems</source>
        <translation>성명서를 열었으나 문제가 있음</translation>
    </message>
    <message>
        <source>Open a statement to begin (Ctrl+O)</source>
        <translation>시작하려면 성명서를 여십시오(Ctrl+O)</translation>
    </message>
    <message>
        <source>%1 quotations · %2 entity mentions · %3 annotations</source>
        <translation>인용문 %1개 · 개체 언급 %2개 · 주석 %3개</translation>
    </message>
    <message>
        <source>%1 annotations</source>
        <translation>주석 %1개</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>제목 없음</translation>
    </message>
    <message>
        <source>%1[*] — Lectern</source>
        <translation>%1[*] — Lectern</translation>
    </message>
    <message>
        <source>Annotate “%1”</source>
        <translation>“%1” 주석 달기</translation>
    </message>
    <message>
        <source>Select a passage in the text first, then annotate it (Ctrl+T).</source>
        <translation>먼저 본문에서 구절을 선택한 다음 주석을 다십시오(Ctrl+T).</translation>
    </message>
    <message>
        <source>Select an annotation to remove.</source>
        <translation>제거할 주석을 선택하십시오.</translation>
    </message>
    <message>
        <source>Save Project</source>
        <translation>프로젝트 저장</translation>
    </message>
    <message>
        <source>Lectern projects (*.lectern)</source>
        <translation>Lectern 프로젝트 (*.lectern)</translation>
    </message>
    <message>
        <source>Cannot Save Project</source>
        <translation>프로젝트를 저장할 수 없음</translation>
    </message>
    <message>
        <source>The project was not saved to %1; the previous file, if any, is unchanged.

%2</source>
        <translation>프로젝트를 %1에 저장하지 못했습니다. 기존 파일이 있었다면 변경되지 않았습니다.

%2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1을(를) 저장했습니다</translation>
    </message>
    <message>
        <source>Open a statement to export.</source>
        <translation>내보낼 성명서를 여십시오.</translation>
    </message>
    <message>
        <source>Export Annotated PDF</source>
        <translation>주석이 포함된 PDF 내보내기</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <source>Lectern user</source>
        <translation>Lectern 사용자</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>%1 내보내는 중…</translation>
    </message>
    <message>
        <source>Cannot Export PDF</source>
        <translation>PDF를 내보낼 수 없음</translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 with %n highlight(s)</source>
        <translation>
            <numerusform>%1을(를) 내보냈습니다(강조 표시 %n개)</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>저장하지 않은 변경 사항</translation>
    </message>
    <message>
        <source>The project has unsaved changes. Save them before going on?</source>
        <translation>프로젝트에 저장하지 않은 변경 사항이 있습니다. 계속하기 전에 저장하시겠습니까?</translation>
    </message>
    <message>
        <source>Remove Statement</source>
        <translation>성명서 제거</translation>
    </message>
    <message numerus="yes">
        <source>Remove “%1” from the project? Its %n annotation(s) go with it. You can undo this.</source>
        <translation>
            <numerusform>프로젝트에서 “%1”을(를) 제거할까요? 주석 %n개도 함께 제거됩니다. 실행 취소할 수 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>코드북</translation>
    </message>
    <message>
        <source>Memos</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;열림&gt;</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>실행 취소 기록</translation>
    </message>
    <message>
        <source>History</source>
        <translation>기록</translation>
    </message>
    <message>
        <source>Quotations</source>
        <translation>인용문</translation>
    </message>
    <message>
        <source>Apply &amp;Code</source>
        <translation>코드 적용(&amp;C)</translation>
    </message>
    <message>
        <source>Code %1</source>
        <translation>코드 %1</translation>
    </message>
    <message>
        <source>The codebook has no code %1.</source>
        <translation>코드북에 %1번 코드가 없습니다.</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>찾기(&amp;F)…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>다음 찾기(&amp;N)</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>이전 찾기(&amp;V)</translation>
    </message>
    <message>
        <source>Mark Selection as &amp;Entity</source>
        <translation>선택 영역을 개체로 지정(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>인물(&amp;P)</translation>
    </message>
    <message>
        <source>P&amp;lace</source>
        <translation>장소(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>기관(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Agreement</source>
        <translation>협정(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Event</source>
        <translation>사건(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>날짜(&amp;D)</translation>
    </message>
    <message>
        <source>Select a name in the text first.</source>
        <translation>먼저 텍스트에서 이름을 선택하십시오.</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>도구(&amp;T)</translation>
    </message>
    <message>
        <source>Annotate &amp;Quotations in This Statement</source>
        <translation>이 성명서의 인용문에 주석 달기(&amp;Q)</translation>
    </message>
    <message>
        <source>Code &amp;Statistics…</source>
        <translation>코드 통계(&amp;S)…</translation>
    </message>
    <message>
        <source>The statement is still being analysed; try again in a moment.</source>
        <translation>성명서를 아직 분석하는 중입니다. 잠시 후 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>The recogniser found no quotation in this statement.</source>
        <translation>인식기가 이 성명서에서 인용문을 찾지 못했습니다.</translation>
    </message>
    <message>
        <source>Speaker: %1</source>
        <translation>화자: %1</translation>
    </message>
    <message>
        <source>Speaker unknown</source>
        <translation>화자 미상</translation>
    </message>
    <message>
        <source>Annotate quotations</source>
        <translation>인용문에 주석 달기</translation>
    </message>
    <message>
        <source>Quotation</source>
        <translation>인용문</translation>
    </message>
    <message numerus="yes">
        <source>Annotated %n quotation(s)</source>
        <translation>
            <numerusform>인용문 %n개에 주석을 달았습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>Annotate mentions of “%1”</source>
        <translation>“%1”의 언급에 주석 달기</translation>
    </message>
    <message>
        <source>Annotate mentions</source>
        <translation>언급에 주석 달기</translation>
    </message>
    <message numerus="yes">
        <source>Annotated %n mention(s)</source>
        <translation>
            <numerusform>언급 %n개에 주석을 달았습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a passage to code it as “%1”.</source>
        <translation>“%1” 코드를 달 구절을 선택하십시오.</translation>
    </message>
    <message>
        <source>Code all matches of “%1”</source>
        <translation>“%1”의 모든 일치 항목에 코드 달기</translation>
    </message>
    <message>
        <source>Cannot Code the Matches</source>
        <translation>일치 항목에 코드를 달 수 없음</translation>
    </message>
    <message numerus="yes">
        <source>Coded %n passage(s)</source>
        <translation>
            <numerusform>구절 %n개에 코드를 달았습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>Every match of “%1” in every statement</source>
        <translation>모든 성명서에서 “%1”의 모든 일치 항목</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) of “%1” in this statement</source>
        <translation>
            <numerusform>이 성명서에서 “%1”의 일치 항목 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Code All Matches</source>
        <translation>모든 일치 항목에 코드 달기</translation>
    </message>
    <message>
        <source>The project was not saved to %1.

%2</source>
        <translation>프로젝트를 %1에 저장하지 않았습니다.

%2</translation>
    </message>
    <message>
        <source>Export &amp;All Statements as PDFs…</source>
        <translation>모든 성명서를 PDF로 내보내기(&amp;A)…</translation>
    </message>
    <message>
        <source>Export All Statements</source>
        <translation>모든 성명서 내보내기</translation>
    </message>
    <message>
        <source>Some PDFs Were Not Written</source>
        <translation>일부 PDF를 쓰지 못했습니다</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n PDF(s) to %1</source>
        <translation>
            <numerusform>%1에 PDF %n개를 썼습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>statements</source>
        <translation>성명서</translation>
    </message>
    <message>
        <source>Export All Statements as One PDF</source>
        <translation>모든 성명서를 PDF 하나로 내보내기</translation>
    </message>
    <message>
        <source>Exported all statements to %1</source>
        <translation>모든 성명서를 %1(으)로 내보냈습니다</translation>
    </message>
    <message>
        <source>This statement</source>
        <translation>이 성명</translation>
    </message>
    <message>
        <source>All statements</source>
        <translation>모든 성명</translation>
    </message>
    <message>
        <source>Show the entities of</source>
        <translation>개체를 표시할 범위</translation>
    </message>
    <message>
        <source>Find in Project</source>
        <translation>프로젝트에서 찾기</translation>
    </message>
    <message>
        <source>Find in &amp;Project…</source>
        <translation>프로젝트에서 찾기(&amp;P)…</translation>
    </message>
    <message numerus="yes">
        <source>Recognising %n more statement(s) for the entity list…</source>
        <translation>
            <numerusform>개체 목록을 위해 성명 %n건을 더 인식하는 중…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) of “%1” in every statement</source>
        <translation>
            <numerusform>모든 성명에서 “%1”와(과) 일치하는 항목 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding statements…</source>
        <translation>성명 추가 중…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Open Statements</source>
        <translation>성명 열기</translation>
    </message>
    <message>
        <source>Adding %1…</source>
        <translation>%1 추가 중…</translation>
    </message>
    <message numerus="yes">
        <source>Add %n statement(s)</source>
        <translation>
            <numerusform>성명 %n건 추가</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n statement(s)</source>
        <translation>
            <numerusform>성명 %n건을 추가했습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>Some Statements Had Problems</source>
        <translation>일부 성명에 문제가 있습니다</translation>
    </message>
    <message>
        <source>%1 of %2 statements were added.</source>
        <translation>성명 %2건 중 %1건을 추가했습니다.</translation>
    </message>
    <message>
        <source>&amp;Colours</source>
        <translation>색상(&amp;C)</translation>
    </message>
    <message>
        <source>As the &amp;Desktop</source>
        <translation>데스크톱과 같게(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>밝게(&amp;L)</translation>
    </message>
    <message>
        <source>D&amp;ark</source>
        <translation>어둡게(&amp;A)</translation>
    </message>
</context>
<context>
    <name>Lectern::MarkdownEditor</name>
    <message>
        <source>Memo (Markdown)</source>
        <translation>메모 (Markdown)</translation>
    </message>
    <message>
        <source>Memo, rendered</source>
        <translation>메모, 렌더링됨</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>미리 보기(&amp;P)</translation>
    </message>
    <message>
        <source>Show the memo rendered, or edit its Markdown</source>
        <translation>메모를 렌더링하여 보거나 Markdown을 편집합니다</translation>
    </message>
</context>
<context>
    <name>Lectern::MemoPanel</name>
    <message>
        <source>Notes on this statement, in Markdown</source>
        <translation>이 성명서에 대한 메모 (Markdown)</translation>
    </message>
    <message>
        <source>Notes on the whole project, in Markdown</source>
        <translation>프로젝트 전체에 대한 메모 (Markdown)</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>성명서</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>프로젝트</translation>
    </message>
    <message>
        <source>Memos</source>
        <translation>메모</translation>
    </message>
</context>
<context>
    <name>Lectern::NoteView</name>
    <message>
        <source>Select an annotation to read or write its note (Markdown)</source>
        <translation>주석을 선택하면 메모를 읽거나 쓸 수 있습니다 (Markdown)</translation>
    </message>
    <message>
        <source>Note of the selected annotation</source>
        <translation>선택한 주석의 메모</translation>
    </message>
</context>
<context>
    <name>Lectern::PdfExporter</name>
    <message>
        <source>Untitled statement</source>
        <translation>제목 없는 성명서</translation>
    </message>
    <message>
        <source>Nothing was laid out for %1</source>
        <translation>%1에 배치된 내용이 없습니다</translation>
    </message>
    <message>
        <source>Cannot write the PDF %1</source>
        <translation>PDF %1을(를) 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot finish the PDF %1</source>
        <translation>PDF %1을(를) 마무리할 수 없습니다</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>%1쪽</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>주석</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>코드북</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>강조 표시</translation>
    </message>
    <message>
        <source>Quotation</source>
        <translation>인용문</translation>
    </message>
    <message>
        <source>Recognised quotation; its speaker is in the note</source>
        <translation>인식된 인용문; 화자는 메모에 있습니다</translation>
    </message>
    <message>
        <source>Quotation — speaker unknown</source>
        <translation>인용문 — 화자 미상</translation>
    </message>
    <message>
        <source>Quotation — speaker: </source>
        <translation>인용문 — 화자: </translation>
    </message>
    <message>
        <source>Recognised entity; the note gives its canonical name</source>
        <translation>인식된 개체; 메모에 정식 이름이 있습니다</translation>
    </message>
    <message>
        <source>Highlighted without a code</source>
        <translation>코드 없이 강조 표시됨</translation>
    </message>
    <message>
        <source>Cannot read the rendered PDF %1</source>
        <translation>렌더링한 PDF %1을(를) 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot read page %1 of %2</source>
        <translation>%2의 %1쪽을 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot write the annotated PDF %1 (poppler error %2)</source>
        <translation>주석 달린 PDF %1을(를) 쓸 수 없습니다 (poppler 오류 %2)</translation>
    </message>
    <message>
        <source>The project has no statement with id %1</source>
        <translation>프로젝트에 ID가 %1인 성명서가 없습니다</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1을(를) 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>임시 폴더를 만들 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Lectern project of this statement: its text, codebook and annotations</source>
        <translation>이 성명서의 Lectern 프로젝트: 텍스트, 코드북, 주석</translation>
    </message>
    <message>
        <source>Cannot read the annotated PDF back: %1</source>
        <translation>주석 달린 PDF를 다시 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Not enough memory to export %1</source>
        <translation>%1을(를) 내보낼 메모리가 부족합니다</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>내보내기 실패: %1</translation>
    </message>
    <message>
        <source>Cannot complete the PDF annotations with qpdf: %1</source>
        <translation>qpdf로 PDF 주석을 완성할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>내보내기를 취소했습니다.</translation>
    </message>
    <message>
        <source>The project holds no statement to export.</source>
        <translation>프로젝트에 내보낼 성명서가 없습니다.</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>성명서</translation>
    </message>
    <message>
        <source>Appendix</source>
        <translation>부록</translation>
    </message>
    <message>
        <source>Codebook and annotations</source>
        <translation>코드북과 주석</translation>
    </message>
    <message>
        <source>Lectern project of these statements: their texts, codebook and annotations</source>
        <translation>이 성명서들의 Lectern 프로젝트: 텍스트, 코드북, 주석</translation>
    </message>
    <message>
        <source>Cannot put the PDF&apos;s pages together: %1</source>
        <translation>PDF의 쪽을 하나로 합칠 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>Lectern::PdfImporter</name>
    <message>
        <source>“%1” is damaged or is not a PDF file; Lectern cannot read it.</source>
        <translation>“%1”이(가) 손상되었거나 PDF 파일이 아닙니다. Lectern이 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>“%1” is protected by a password; Lectern cannot open password-protected PDF files. Save a copy without the password and open that.</source>
        <translation>“%1”은(는) 암호로 보호되어 있습니다. Lectern은 암호로 보호된 PDF 파일을 열 수 없습니다. 암호 없는 사본을 저장하여 여십시오.</translation>
    </message>
    <message>
        <source>Page %1 of “%2” could not be read.</source>
        <translation>“%2”의 %1쪽을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>“%1” has no text layer (it may be a scanned image); Lectern cannot read text from it.</source>
        <translation>“%1”에는 텍스트 층이 없습니다(스캔한 이미지일 수 있습니다). Lectern이 텍스트를 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>Page %1 of “%2” has no text (it may be an image).</source>
        <translation>“%2”의 %1쪽에 텍스트가 없습니다(이미지일 수 있습니다).</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>“%1”을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>“%1” could not be read.</source>
        <translation>“%1”을(를) 읽을 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>Lectern::Project</name>
    <message>
        <source>There is no such code.</source>
        <translation>그런 코드가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Code %n match(es) as “%1”</source>
        <translation>
            <numerusform>일치 항목 %n개에 “%1” 코드 달기</numerusform>
        </translation>
    </message>
    <message>
        <source>Add statement</source>
        <translation>성명서 추가</translation>
    </message>
    <message>
        <source>Remove statement</source>
        <translation>성명서 제거</translation>
    </message>
    <message>
        <source>Add code “%1”</source>
        <translation>코드 “%1” 추가</translation>
    </message>
    <message>
        <source>Change code “%1”</source>
        <translation>코드 “%1” 변경</translation>
    </message>
    <message>
        <source>Delete code “%1”</source>
        <translation>코드 “%1” 삭제</translation>
    </message>
    <message>
        <source>Add annotation</source>
        <translation>주석 추가</translation>
    </message>
    <message>
        <source>Remove annotation</source>
        <translation>주석 제거</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>메모 편집</translation>
    </message>
    <message>
        <source>Change annotation code</source>
        <translation>주석 코드 변경</translation>
    </message>
    <message>
        <source>Merge code “%1” into “%2”</source>
        <translation>코드 “%1”을(를) “%2”에 병합</translation>
    </message>
    <message>
        <source>Add code “%1” to annotation</source>
        <translation>주석에 코드 “%1” 추가</translation>
    </message>
    <message>
        <source>Remove code “%1” from annotation</source>
        <translation>주석에서 코드 “%1” 제거</translation>
    </message>
    <message>
        <source>Move code “%1”</source>
        <translation>코드 “%1” 이동</translation>
    </message>
</context>
<context>
    <name>Lectern::ProjectFile</name>
    <message>
        <source>The data</source>
        <translation>데이터</translation>
    </message>
    <message>
        <source>Lectern could not write %1 (%2).</source>
        <translation>Lectern이 %1을(를) 쓸 수 없습니다 (%2).</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>알 수 없는 오류</translation>
    </message>
    <message>
        <source>Lectern could not write %1.</source>
        <translation>Lectern이 %1을(를) 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>The project is too large to save (more than 1 GiB).</source>
        <translation>프로젝트가 너무 커서 저장할 수 없습니다 (1 GiB 초과).</translation>
    </message>
    <message>
        <source>Lectern could not write %1: %2</source>
        <translation>Lectern이 %1을(를) 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Lectern could not save %1: %2</source>
        <translation>Lectern이 %1을(를) 저장할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Lectern could not open %1: %2</source>
        <translation>Lectern이 %1을(를) 열 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>Lectern::ProjectGuard</name>
    <message>
        <source>an untitled project</source>
        <translation>제목 없는 프로젝트</translation>
    </message>
    <message>
        <source>Recover Unsaved Work</source>
        <translation>저장하지 않은 작업 복구</translation>
    </message>
    <message>
        <source>Lectern did not close properly. Unsaved work on %1 was kept at %2.</source>
        <translation>Lectern이 제대로 종료되지 않았습니다. %1의 저장하지 않은 작업이 %2에 보관되었습니다.</translation>
    </message>
    <message>
        <source>Recover it to go on where you stopped, or discard it for good.</source>
        <translation>복구하여 멈춘 곳에서 계속하거나, 영구히 버리십시오.</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>복구(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>버리기(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>나중에(&amp;L)</translation>
    </message>
    <message>
        <source>Open the recovered work in a window with no project; it is kept until then.</source>
        <translation>복구한 작업은 프로젝트가 없는 창에서 여십시오. 그때까지 보관됩니다.</translation>
    </message>
    <message>
        <source>The recovery copy could not be read.

%1</source>
        <translation>복구 사본을 읽을 수 없습니다.

%1</translation>
    </message>
</context>
<context>
    <name>Lectern::ProjectLock</name>
    <message>
        <source>process %1</source>
        <translation>프로세스 %1</translation>
    </message>
    <message>
        <source>process %1 on %2</source>
        <translation>%2의 프로세스 %1</translation>
    </message>
    <message>
        <source>Lectern could not lock %1: it may not create the file “%2” in its folder.</source>
        <translation>Lectern이 %1을(를) 잠글 수 없습니다: 폴더에 “%2” 파일을 만들 수 없을 수 있습니다.</translation>
    </message>
    <message>
        <source>Lectern could not lock %1.</source>
        <translation>Lectern이 %1을(를) 잠글 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>Lectern::ProjectVerbs</name>
    <message>
        <source>Replace OUT.lectern if it exists.</source>
        <translation>OUT.lectern이 있으면 바꿉니다.</translation>
    </message>
    <message>
        <source>The project file to write.</source>
        <translation>쓸 프로젝트 파일.</translation>
    </message>
    <message>
        <source>Statements to put in it.</source>
        <translation>넣을 성명서.</translation>
    </message>
    <message>
        <source>project new needs OUT.lectern and at least one FILE</source>
        <translation>project new에는 OUT.lectern과 FILE이 하나 이상 필요합니다</translation>
    </message>
    <message>
        <source>%1: a project file name ends in .lectern</source>
        <translation>%1: 프로젝트 파일 이름은 .lectern으로 끝나야 합니다</translation>
    </message>
    <message>
        <source>%1 already exists; add --force to replace it</source>
        <translation>%1이(가) 이미 있습니다. 바꾸려면 --force를 추가하십시오</translation>
    </message>
    <message>
        <source>nothing written: %1</source>
        <translation>아무것도 쓰지 않았습니다: %1</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>경고: </translation>
    </message>
    <message>
        <source>%1: %2 quotations, %3 entity mentions</source>
        <translation>%1: 인용문 %2개, 개체 언급 %3개</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 with %n statement(s)</source>
        <translation>
            <numerusform>%1을(를) 썼습니다 (성명서 %n개)</numerusform>
        </translation>
    </message>
    <message>
        <source>The code to apply (made if new).</source>
        <translation>적용할 코드 (없으면 만듭니다).</translation>
    </message>
    <message>
        <source>A regular expression (case-insensitive unless --case-sensitive).</source>
        <translation>정규 표현식 (--case-sensitive가 없으면 대소문자 구분 안 함).</translation>
    </message>
    <message>
        <source>A note on every annotation made.</source>
        <translation>새로 만드는 모든 주석에 달 메모.</translation>
    </message>
    <message>
        <source>The colour of a new code, as #RRGGBB.</source>
        <translation>새 코드의 색상, #RRGGBB 형식.</translation>
    </message>
    <message>
        <source>Match letter case exactly.</source>
        <translation>대소문자를 정확히 구분합니다.</translation>
    </message>
    <message>
        <source>Match whole words only.</source>
        <translation>단어 단위로만 찾습니다.</translation>
    </message>
    <message>
        <source>The .lectern project to code.</source>
        <translation>코드를 달 .lectern 프로젝트.</translation>
    </message>
    <message>
        <source>project code needs one PROJECT</source>
        <translation>project code에는 PROJECT가 하나 필요합니다</translation>
    </message>
    <message>
        <source>project code needs --code NAME and --pattern REGEX</source>
        <translation>project code에는 --code NAME과 --pattern REGEX가 필요합니다</translation>
    </message>
    <message>
        <source>--color: not a colour: %1</source>
        <translation>--color: 색상이 아닙니다: %1</translation>
    </message>
    <message>
        <source>--pattern: %1</source>
        <translation>--pattern: %1</translation>
    </message>
    <message numerus="yes">
        <source>Coded %n passage(s) as “%1” in %2</source>
        <translation>
            <numerusform>%2에서 구절 %n개에 “%1” 코드를 달았습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>JSON 객체 하나를 출력합니다.</translation>
    </message>
    <message>
        <source>The .lectern project.</source>
        <translation>.lectern 프로젝트.</translation>
    </message>
    <message>
        <source>project info needs one PROJECT</source>
        <translation>project info에는 PROJECT가 하나 필요합니다</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s)</source>
        <translation>
            <numerusform>성명서 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>코드 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>주석 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>  lectern project new OUT.lectern FILE... [--force]
                                         make a project of statements
  lectern project code PROJECT --code NAME --pattern REGEX [--note TEXT] [--color #RRGGBB]
                       [--case-sensitive] [--whole-words]
                                         code every match in every statement, and save
  lectern project info PROJECT [--json]  statements, codes and annotation counts
</source>
        <translation>  lectern project new OUT.lectern FILE... [--force]
                                         성명서로 프로젝트를 만듭니다
  lectern project code PROJECT --code NAME --pattern REGEX [--note TEXT] [--color #RRGGBB]
                       [--case-sensitive] [--whole-words]
                                         모든 성명서의 일치 항목에 코드를 달고 저장합니다
  lectern project info PROJECT [--json]  성명서, 코드, 주석 수
</translation>
    </message>
    <message>
        <source>unknown project command &apos;%1&apos; (new, code or info)</source>
        <translation>알 수 없는 project 명령 &apos;%1&apos; (new, code, info 중 하나)</translation>
    </message>
</context>
<context>
    <name>Lectern::QuoteTableModel</name>
    <message>
        <source>line %1</source>
        <translation>%1행</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(미상)</translation>
    </message>
    <message>
        <source>“%1” in the text</source>
        <translation>텍스트의 “%1”</translation>
    </message>
    <message>
        <source>Quotation</source>
        <translation>인용문</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>화자</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>성명서</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>위치</translation>
    </message>
    <message>
        <source>Speaker in the text</source>
        <translation>텍스트의 화자</translation>
    </message>
</context>
<context>
    <name>Lectern::QuotesPanel</name>
    <message>
        <source>Filter quotations, speakers, statements…</source>
        <translation>인용문, 화자, 성명서 필터…</translation>
    </message>
    <message>
        <source>Filter quotations</source>
        <translation>인용문 필터</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV로 내보내기…</translation>
    </message>
    <message>
        <source>Export the quote table as CSV</source>
        <translation>인용문 표를 CSV로 내보내기</translation>
    </message>
    <message>
        <source>Quotations</source>
        <translation>인용문</translation>
    </message>
    <message>
        <source>Export Quotations</source>
        <translation>인용문 내보내기</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>Cannot Export Quotations</source>
        <translation>인용문을 내보낼 수 없음</translation>
    </message>
    <message>
        <source>%1 was not written.

%2</source>
        <translation>%1을(를) 쓰지 못했습니다.

%2</translation>
    </message>
</context>
<context>
    <name>Lectern::SearchPanel</name>
    <message>
        <source>Match &amp;case</source>
        <translation>대소문자 구분(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Whole words</source>
        <translation>단어 단위(&amp;W)</translation>
    </message>
    <message>
        <source>Regular e&amp;xpression</source>
        <translation>정규 표현식(&amp;X)</translation>
    </message>
    <message>
        <source>Code &amp;All Matches…</source>
        <translation>모든 일치 항목 코딩(&amp;A)…</translation>
    </message>
    <message>
        <source>Find in every statement of the project</source>
        <translation>프로젝트의 모든 성명에서 찾기</translation>
    </message>
    <message>
        <source>Find in the project</source>
        <translation>프로젝트에서 찾기</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>대소문자 구분</translation>
    </message>
    <message>
        <source>Whole words</source>
        <translation>단어 단위</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>정규 표현식</translation>
    </message>
    <message>
        <source>Code all matches in the project</source>
        <translation>프로젝트의 모든 일치 항목 코딩</translation>
    </message>
    <message>
        <source>Search result count</source>
        <translation>검색 결과 수</translation>
    </message>
    <message>
        <source>Matches in the project</source>
        <translation>프로젝트의 일치 항목</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>일치 항목 없음</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) in %1 statement(s)</source>
        <translation>
            <numerusform>성명 %1건에서 일치 항목 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source> (the first %1 listed)</source>
        <translation> (처음 %1개 표시)</translation>
    </message>
</context>
<context>
    <name>Lectern::SearchResultModel</name>
    <message>
        <source>Statement</source>
        <translation>성명</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>줄</translation>
    </message>
    <message>
        <source>Match in context</source>
        <translation>문맥 속 일치 항목</translation>
    </message>
</context>
<context>
    <name>Lectern::SetMemoCommand</name>
    <message>
        <source>Edit project memo</source>
        <translation>프로젝트 메모 편집</translation>
    </message>
    <message>
        <source>Edit statement memo</source>
        <translation>성명서 메모 편집</translation>
    </message>
</context>
<context>
    <name>Lectern::TextDecoder</name>
    <message>
        <source>The text is not valid %1; invalid sequences were replaced by �.</source>
        <translation>텍스트가 올바른 %1이(가) 아닙니다; 잘못된 시퀀스는 �로 바꾸었습니다.</translation>
    </message>
    <message>
        <source>This is a binary file, not a text statement.</source>
        <translation>바이너리 파일이며 텍스트 성명서가 아닙니다.</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8; %1 invalid byte sequences were replaced by �.</source>
        <translation>파일이 올바른 UTF-8이 아닙니다; 잘못된 바이트 시퀀스 %1개를 �로 바꾸었습니다.</translation>
    </message>
</context>
<context>
    <name>Lectern::TextSearch</name>
    <message>
        <source>Invalid regular expression at position %1: %2</source>
        <translation>%1 위치의 정규 표현식이 잘못되었습니다: %2</translation>
    </message>
</context>
</TS>
